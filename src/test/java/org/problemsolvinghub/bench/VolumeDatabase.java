package org.problemsolvinghub.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The benchmark's volume database on the machine's PostgreSQL: {@code hub_bench_volume_v<N>}, filled
 * once by {@link VolumeGenerator} and kept between runs, because filling it takes minutes on two cores.
 * It is reused while its generator version matches and its generation finished; otherwise (or with
 * {@code -Dbench.volume.rebuild=true}) it is dropped and generated again. Databases of older generator
 * versions are dropped on the way. {@code PostgresTestDatabase} only drops {@code hub_test_*}, so this one
 * survives the ordinary suite.
 */
final class VolumeDatabase {

    static final String SERVER = env("HUB_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    static final String USER = env("HUB_TEST_PG_USER", "postgres");
    static final String PASSWORD = env("HUB_TEST_PG_PASSWORD", "");
    static final String PREFIX = "hub_bench_volume_v";

    /** What the generated database holds, read back from its {@code bench_volume} row. */
    record Volume(String database, boolean generatedNow, double generationSeconds, String summary) {
    }

    private VolumeDatabase() {
    }

    static String url(String database) {
        return SERVER + database;
    }

    static String name() {
        return PREFIX + VolumeGenerator.VERSION;
    }

    /** The volume database, generated now if it is missing, unfinished, of another version, or a rebuild is asked for. */
    static synchronized Volume ensure() {
        String database = name();
        boolean rebuild = Boolean.getBoolean("bench.volume.rebuild");
        dropOtherVersions(database);
        if (!rebuild) {
            Volume existing = read(database);
            if (existing != null) {
                return existing;
            }
        }
        execute("drop database if exists " + database + " with (force)");
        String templates = templatesName(database);
        boolean fromTemplates = !rebuild && hasTemplates(templates);
        execute("create database " + database + (fromTemplates ? " template " + templates : ""));
        long started = System.nanoTime();
        String summary = new VolumeGenerator(database).generate(fromTemplates);
        double seconds = (System.nanoTime() - started) / 1e9;
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.execute("create table bench_volume (version integer not null, generated_at timestamp with time zone"
                    + " not null default now(), generation_seconds double precision not null, summary text not null)");
            try (var insert = c.prepareStatement("insert into bench_volume (version, generation_seconds, summary) values (?, ?, ?)")) {
                insert.setInt(1, VolumeGenerator.VERSION);
                insert.setDouble(2, seconds);
                insert.setString(3, summary);
                insert.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Volume(database, true, seconds, summary);
    }

    /**
     * The database as it was when the template plans had been driven through the hub, before the bulk copies: the
     * slow part of a generation (the hub's first start and the plans through its API) is done once per version.
     */
    static String templatesName(String database) {
        return database + "_templates";
    }

    /** Keeps the database as it stands (nobody may be connected to it) for the next generation to start from. */
    static void snapshot(String database) {
        String templates = templatesName(database);
        execute("drop database if exists " + templates + " with (force)");
        execute("create database " + templates + " template " + database);
    }

    private static boolean hasTemplates(String templates) {
        try (Connection c = connect(templates); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from bench_template")) {
            return rs.next() && rs.getInt(1) > 0;
        } catch (SQLException e) {
            return false;
        }
    }

    static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, PASSWORD);
    }

    private static Volume read(String database) {
        try (Connection c = connect(database); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select version, generation_seconds, summary from bench_volume")) {
            if (rs.next() && rs.getInt(1) == VolumeGenerator.VERSION) {
                return new Volume(database, false, rs.getDouble(2), rs.getString(3));
            }
            return null;
        } catch (SQLException e) {
            return null; // missing database, or a generation that never finished (no bench_volume table)
        }
    }

    private static void dropOtherVersions(String keep) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select datname from pg_database where datname like 'hub\\_bench\\_volume\\_v%'")) {
            java.util.List<String> old = new java.util.ArrayList<>();
            while (rs.next()) {
                if (!rs.getString(1).equals(keep) && !rs.getString(1).equals(templatesName(keep))) {
                    old.add(rs.getString(1));
                }
            }
            old.forEach(d -> execute("drop database if exists " + d + " with (force)"));
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " is needed for the benchmark: " + e.getMessage(), e);
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
