package org.problemsolvinghub;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.Future;

/**
 * A transaction of the test's own that holds one row locked, as a slow request or another node would.
 * Requests that need the row queue behind it, so a race test can line them up in a known order (wait
 * until the first is queued, send the second) and then let them go. It takes {@code for no key update},
 * the lock an UPDATE takes, so inserts that merely reference the row are not held up.
 */
public final class RowLock implements AutoCloseable {

    /** Long enough for a first request on a loaded machine (a JVM warming up); a queue that forms returns at once. */
    private static final long PATIENCE_MILLIS = 60_000;

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

    /** What every other session on the test database is doing, and where the request threads are: for a failure's message. */
    private String activity() {
        StringBuilder out = new StringBuilder();
        try (PreparedStatement query = connection.prepareStatement("""
                select pid, state, wait_event_type, wait_event, left(query, 160) from pg_stat_activity
                where datname = current_database() and pid <> pg_backend_pid()""");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                out.append(rs.getInt(1)).append(' ').append(rs.getString(2)).append(' ').append(rs.getString(3)).append('/')
                        .append(rs.getString(4)).append(": ").append(rs.getString(5)).append('\n');
            }
        } catch (SQLException e) {
            out.append(e).append('\n');
        }
        Thread.getAllStackTraces().forEach((thread, frames) -> {
            if (thread.getName().contains("exec") || thread.getName().startsWith("pool-")) {
                out.append(thread.getName()).append(' ').append(thread.getState()).append('\n');
                for (int i = 0; i < Math.min(frames.length, 25); i++) {
                    out.append("    ").append(frames[i]).append('\n');
                }
            }
        });
        return out.toString();
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

    /**
     * Waits until {@code sessions} requests are queued for a lock; fails if they never get there, or at once
     * if one of the given requests answers instead (it never needed the row).
     */
    public void awaitWaiting(int sessions, Future<?>... requests) {
        long until = System.currentTimeMillis() + PATIENCE_MILLIS;
        while (waiting() < sessions) {
            for (Future<?> request : requests) {
                if (request.isDone()) {
                    fail("a request answered instead of queueing behind the lock: " + RaceTally.answer(request));
                }
            }
            if (System.currentTimeMillis() > until) {
                fail("expected " + sessions + " requests queued behind the lock, found " + waiting() + "\n" + activity());
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
