package org.problemsolvinghub;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A transaction of the test's own that holds one row locked, as a slow request or another node would.
 * Requests that need the row queue behind it, so a race test can line them up in a known order (wait
 * until the first is queued, send the second) and then let them go. It takes {@code for no key update},
 * the lock an UPDATE takes, so inserts that merely reference the row are not held up.
 */
public final class RowLock implements AutoCloseable {

    private static final long PATIENCE_MILLIS = 15_000;

    private final Connection connection;

    private RowLock(Connection connection) {
        this.connection = connection;
    }

    /** Locks the rows {@code select ... from table where ...} finds; fails if it finds none. */
    public static RowLock on(String table, String where, Object... parameters) {
        try {
            Connection connection = DriverManager.getConnection(PostgresTestDatabase.url(), PostgresTestDatabase.user(),
                    PostgresTestDatabase.password());
            connection.setAutoCommit(false);
            try (PreparedStatement lock = connection.prepareStatement("select 1 from " + table + " where " + where
                    + " for no key update")) {
                for (int i = 0; i < parameters.length; i++) {
                    lock.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rows = lock.executeQuery()) {
                    if (!rows.next()) {
                        connection.close();
                        fail("nothing to lock in " + table + " where " + where);
                    }
                }
            }
            return new RowLock(connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many other sessions on the test database are waiting for a lock right now. */
    public int waiting() {
        try (PreparedStatement query = connection.prepareStatement("""
                select count(*) from pg_stat_activity where datname = current_database()
                and wait_event_type = 'Lock' and pid <> pg_backend_pid()""");
                ResultSet rs = query.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code sessions} requests are queued for a lock; fails if they never get there. */
    public void awaitWaiting(int sessions) {
        long until = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (waiting() < sessions) {
            if (System.currentTimeMillis() > until) {
                fail("expected " + sessions + " requests queued behind the lock, found " + waiting());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Lets the queued requests go, in the order they queued. */
    @Override
    public void close() {
        try {
            connection.rollback();
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
