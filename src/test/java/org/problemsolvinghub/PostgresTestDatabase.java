package org.problemsolvinghub;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A PostgreSQL database of the test run's own on the machine's server (127.0.0.1:5432, or
 * HUB_TEST_PG_URL/USER/PASSWORD), created on first use. The suite runs against PostgreSQL, as
 * production does, not only against H2. The hub still holds its connections when the JVM ends, so a
 * run's database is dropped by the next run instead: any test database over an hour old that nobody
 * is connected to.
 */
public final class PostgresTestDatabase {

    private static final String SERVER = env("HUB_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    private static final String USER = env("HUB_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("HUB_TEST_PG_PASSWORD", "");

    private static String name;

    private PostgresTestDatabase() {
    }

    public static synchronized String url() {
        if (name == null) {
            dropStaleDatabases();
            name = createScratch();
        }
        return SERVER + name;
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    /** A new, empty database; a later run drops it once it is an hour old and unused. */
    public static String createScratch() {
        String scratch = "hub_test_" + System.currentTimeMillis() / 1000 + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        execute("create database " + scratch);
        return scratch;
    }

    public static String urlOf(String database) {
        return SERVER + database;
    }

    /**
     * A second hub in the test JVM, as production starts it (the {@code postgres} profile's settings from the
     * environment) on a new, empty database, its job executor off, with the administrator's password given.
     */
    public static void productionHubOnScratch(DynamicPropertyRegistry registry, String adminPassword, String engineName) {
        String database = createScratch();
        registry.add("HUB_DB_URL", () -> urlOf(database));
        registry.add("HUB_DB_USER", PostgresTestDatabase::user);
        registry.add("HUB_DB_PASSWORD", PostgresTestDatabase::password);
        registry.add("HUB_ADMIN_PASSWORD", () -> adminPassword);
        registry.add("HUB_JOB_EXECUTOR", () -> "false");
        // A second engine in the test JVM needs its own name, or it would take over the shared hub's "default".
        registry.add("camunda.bpm.process-engine-name", () -> engineName);
    }

    private static void drop(String database) {
        execute("drop database if exists " + database + " with (force)");
    }

    private static void dropStaleDatabases() {
        long hourAgo = System.currentTimeMillis() / 1000 - 3600;
        List<String> stale = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select datname from pg_database d where datname like 'hub\\_test\\_%'
                        and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)""")) {
            while (rs.next()) {
                String[] parts = rs.getString(1).split("_");
                if (parts.length == 4 && parts[2].matches("\\d+") && Long.parseLong(parts[2]) < hourAgo) {
                    stale.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            return; // the create that follows reports an unreachable server
        }
        stale.forEach(PostgresTestDatabase::drop);
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + SERVER + " is needed for the tests ("
                    + "start it with: pg_ctlcluster --skip-systemctl-redirect 15 main start): " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
