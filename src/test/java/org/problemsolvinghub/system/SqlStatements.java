package org.problemsolvinghub.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements a data source runs while counting is on (issue #8, P3): by kind, and by
 * statement text when asked. A statement added to a JDBC batch counts as one statement, as the database
 * runs each; the batch's execution counts as one round trip. Off, it costs a volatile read per statement,
 * so the shared test hub carries it for every test ({@link SqlStatementsConfiguration}).
 */
public final class SqlStatements {

    /** The test hub's own data source (every Spring context of the test JVM). */
    public static final SqlStatements HUB = new SqlStatements();

    public enum Kind {
        SELECT, INSERT, UPDATE, DELETE, OTHER
    }

    /**
     * What ran between {@link #start} and {@link #stop}. {@code byStatement} is empty unless asked for; {@code connections}
     * counts the connections taken from the pool.
     */
    public record Counts(Map<Kind, Long> byKind, long roundTrips, Map<String, Long> byStatement, long connections) {

        public long total() {
            return byKind.values().stream().mapToLong(Long::longValue).sum();
        }

        public long of(Kind kind) {
            return byKind.getOrDefault(kind, 0L);
        }

        /** "57 (select 20, insert 25, update 9, delete 3)", per unit when divided. */
        public String describe(double per) {
            return String.format(Locale.ROOT, "%.1f (select %.1f, insert %.1f, update %.1f, delete %.1f)",
                    total() / per, of(Kind.SELECT) / per, of(Kind.INSERT) / per, of(Kind.UPDATE) / per,
                    of(Kind.DELETE) / per);
        }

        /** The most frequent statements, first words only, for a profile. */
        public String top(int n) {
            StringBuilder out = new StringBuilder();
            byStatement.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(n).forEach(e -> out.append(String.format(Locale.ROOT, "%6d  %s%n", e.getValue(),
                            e.getKey().length() > 160 ? e.getKey().substring(0, 160) + "..." : e.getKey())));
            return out.toString();
        }
    }

    private static final Set<String> EXECUTING = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate");

    private volatile boolean counting;
    private volatile boolean detailed;
    private final Map<Kind, LongAdder> kinds = new ConcurrentHashMap<>();
    private final LongAdder roundTrips = new LongAdder();
    private final LongAdder connections = new LongAdder();
    private final Map<String, LongAdder> statements = new ConcurrentHashMap<>();

    public SqlStatements() {
        for (Kind kind : Kind.values()) {
            kinds.put(kind, new LongAdder());
        }
    }

    /** Starts counting from zero; {@code detailed} also keeps each statement's text. */
    public void start(boolean detailed) {
        counting = false;
        kinds.values().forEach(LongAdder::reset);
        roundTrips.reset();
        connections.reset();
        statements.clear();
        this.detailed = detailed;
        counting = true;
    }

    public Counts stop() {
        counting = false;
        Map<Kind, Long> byKind = new LinkedHashMap<>();
        for (Kind kind : Kind.values()) {
            byKind.put(kind, kinds.get(kind).sum());
        }
        Map<String, Long> byStatement = new LinkedHashMap<>();
        statements.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(e -> byStatement.put(e.getKey(), e.getValue().sum()));
        return new Counts(byKind, roundTrips.sum(), byStatement, connections.sum());
    }

    public DataSource wrap(DataSource target) {
        return new CountedDataSource(target);
    }

    static Kind kindOf(String sql) {
        String s = sql.stripLeading();
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return switch (s.substring(0, end).toLowerCase(Locale.ROOT)) {
            case "select", "with" -> Kind.SELECT;
            case "insert" -> Kind.INSERT;
            case "update" -> Kind.UPDATE;
            case "delete" -> Kind.DELETE;
            default -> Kind.OTHER;
        };
    }

    private void ran(String sql) {
        if (counting && sql != null) {
            kinds.get(kindOf(sql)).increment();
            if (detailed) {
                statements.computeIfAbsent(sql.strip().replaceAll("\\s+", " "), k -> new LongAdder()).increment();
            }
        }
    }

    private void roundTrip() {
        if (counting) {
            roundTrips.increment();
        }
    }

    /** Spring's delegating data source, so Boot still finds the Hikari pool behind it (metrics, health). */
    private final class CountedDataSource extends DelegatingDataSource {

        CountedDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(obtainTargetDataSource().getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(obtainTargetDataSource().getConnection(username, password));
        }
    }

    private Connection connection(Connection target) {
        if (counting) {
            connections.increment(); // taken from the pool: one per transaction, or per statement outside one
        }
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                new Handler(target) {
                    @Override
                    Object call(Object proxy, Method method, Object[] args) throws Throwable {
                        Object result = invoke(method, args);
                        if (result instanceof Statement statement) {
                            String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
                            return statement(statement, sql, (Connection) proxy);
                        }
                        return result;
                    }
                });
    }

    private Statement statement(Statement target, String preparedSql, Connection connection) {
        Class<?> type = target instanceof CallableStatement ? CallableStatement.class
                : target instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type}, new Handler(target) {
            @Override
            Object call(Object proxy, Method method, Object[] args) throws Throwable {
                String name = method.getName();
                String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql;
                if (EXECUTING.contains(name)) {
                    ran(sql);
                    roundTrip();
                } else if ("addBatch".equals(name)) {
                    ran(sql);
                } else if ("executeBatch".equals(name) || "executeLargeBatch".equals(name)) {
                    roundTrip();
                } else if ("getConnection".equals(name)) {
                    return connection;
                }
                return invoke(method, args);
            }
        });
    }

    /** Passes every call to the real JDBC object; a proxy equals only itself. */
    private abstract static class Handler implements InvocationHandler {

        private final Object target;

        Handler(Object target) {
            this.target = target;
        }

        abstract Object call(Object proxy, Method method, Object[] args) throws Throwable;

        Object invoke(Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            return switch (method.getName()) {
                case "equals" -> args[0] == proxy;
                case "hashCode" -> System.identityHashCode(proxy);
                case "toString" -> "counted " + target;
                case "unwrap" -> ((Class<?>) args[0]).isInstance(target) ? target : invoke(method, args);
                case "isWrapperFor" -> ((Class<?>) args[0]).isInstance(target) || (boolean) invoke(method, args);
                default -> call(proxy, method, args);
            };
        }
    }
}
