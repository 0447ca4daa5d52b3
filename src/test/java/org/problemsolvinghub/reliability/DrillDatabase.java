package org.problemsolvinghub.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.problemsolvinghub.PostgresTestDatabase;

/**
 * A fresh PostgreSQL database for one drill, named {@code hub_rel_*} so the ordinary suite's clean-up of
 * stale {@code hub_test_*} databases never touches it while a drill runs; the drill drops it at the end.
 */
final class DrillDatabase implements AutoCloseable {

    private final String name;

    DrillDatabase() {
        name = "hub_rel_" + System.currentTimeMillis() / 1000 + "_" + UUID.randomUUID().toString().substring(0, 8);
        onServer("create database " + name);
    }

    String name() {
        return name;
    }

    String url() {
        return PostgresTestDatabase.urlOf(name);
    }

    static String user() {
        return PostgresTestDatabase.user();
    }

    static String password() {
        return PostgresTestDatabase.password();
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), user(), password());
    }

    /** A single whole number from a query on the drill's database. */
    long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public void close() {
        onServer("drop database if exists " + name + " with (force)");
    }

    private static void onServer(String sql) {
        try (Connection c = DriverManager.getConnection(PostgresTestDatabase.urlOf("postgres"), user(), password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
