package org.problemsolvinghub.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.problemsolvinghub.PostgresTestDatabase;

/**
 * Scratch databases of the benchmark on the test server, named {@code hub_bench_<what>_<epoch>_<random>}
 * so the suite's clean-up of {@code hub_test_*} leaves them alone; the benchmark drops its own.
 */
final class BenchDatabases {

    private BenchDatabases() {
    }

    static String create(String what) {
        String name = "hub_bench_" + what + "_" + System.currentTimeMillis() / 1000 + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        admin("create database " + name);
        return name;
    }

    static void drop(String name) {
        admin("drop database if exists " + name + " with (force)");
    }

    private static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(PostgresTestDatabase.urlOf("postgres"),
                PostgresTestDatabase.user(), PostgresTestDatabase.password()); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
