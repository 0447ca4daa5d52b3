package org.problemsolvinghub.security;

import java.lang.reflect.Field;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteFilterCountCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.query.Query;
import org.problemsolvinghub.system.StaleMarks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tasklist asks for each filter's count three times to draw one page: with the filters ({@code itemCount}), with
 * the page of tasks (its HAL answer carries the count) and on its own, the last two with the page's sorting. Each
 * is the same query for the same person, and counts are most of what Tasklist costs the database (issue #8,
 * docs/performance.md). This answers a count asked again by the same person, with the same groups and tenants,
 * for the same filter, with the count it gave them within the last {@code hub.tasklist.count-reuse} (2 s by
 * default; 0 turns it off), as long as nothing has been written in the engine on this node since.
 * <p>
 * Any insert, update or delete the engine runs (a task created, claimed or completed, a candidate group changed,
 * a grant or a membership changed, a filter edited) makes every count counted before it stale, from the moment it
 * is written and again when its transaction ends. A transaction that has written counts afresh and keeps nothing.
 * Only a count with no criteria of its own beyond the filter's is reused (a page's sorting is not a criterion);
 * any other is counted each time. What another node writes, and tasks passing their due date, show within the
 * reuse time at most.
 */
@Component
class FilterCountReuse extends AbstractProcessEnginePlugin {

    private static final int MAX_COUNTS = 20_000;
    private static final Field FILTER_ID = field("filterId");
    private static final Field EXTENDING_QUERY = field("extendingQuery");

    private final long reuseNanos;
    private final LongSupplier clock;
    private final StaleMarks writes = new StaleMarks();
    private final Map<Key, Counted> counts = new ConcurrentHashMap<>();
    private final Counter reusedCounts;
    private final Counter freshCounts;
    private IdentityService identityService;

    @Autowired
    FilterCountReuse(@Value("${hub.tasklist.count-reuse:2s}") Duration reuse, MeterRegistry meters) {
        this(reuse, System::nanoTime, meters);
    }

    /** @param meters where {@code hub.tasklist.counts} goes: how many reusable counts were reused, how many counted */
    FilterCountReuse(Duration reuse, LongSupplier clock, MeterRegistry meters) {
        this.reuseNanos = reuse.toNanos();
        this.clock = clock;
        this.reusedCounts = counter(meters, "reused");
        this.freshCounts = counter(meters, "counted");
    }

    private static Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder("hub.tasklist.counts").tag("outcome", outcome)
                .description("Tasklist filter counts that could be reused: answered from a kept count, or counted")
                .register(meters);
    }

    /**
     * A count asked for by whom, of which filter, and whether extended: Camunda's {@code TaskQueryImpl.extend} does not
     * carry every criterion a stored filter can hold (its business keys), so a filter extended even by nothing may
     * count otherwise than the filter alone.
     */
    record Key(String filterId, boolean extended, String userId, List<String> groupIds, List<String> tenantIds) {
    }

    private record Counted(long writesBefore, long at, long count) {
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (reuseNanos <= 0) {
            return;
        }
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new Reuse());
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        identityService = configuration.getIdentityService();
        if (reuseNanos > 0) {
            configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new EngineWrites());
        }
    }

    /** Nothing counted so far is reused (for tests that look at the SQL a count runs). */
    void forgetCounts() {
        written();
    }

    /** Every count made so far is stale; and again when the transaction writing now ends. */
    void written() {
        writes.written();
    }

    Long reused(Key key) {
        Counted counted = counts.get(key);
        return counted != null && writes.unchangedSince(counted.writesBefore()) && clock.getAsLong() - counted.at() < reuseNanos
                ? counted.count() : null;
    }

    /** @param started when the count began: its reuse time runs from then, not from when it ended */
    void remember(Key key, long writesBefore, long started, long count) {
        if (counts.size() >= MAX_COUNTS) {
            counts.clear(); // people who counted long ago; whoever counts next counts afresh
        }
        counts.put(key, new Counted(writesBefore, started, count));
    }

    long now() {
        return clock.getAsLong();
    }

    /** The key of a count that may be reused, or null. */
    Key keyOf(ExecuteFilterCountCmd count) {
        Query<?, ?> extending = (Query<?, ?>) read(EXTENDING_QUERY, count);
        if (extending != null && !(extending instanceof TaskQueryImpl query && OwnTaskQueries.hasNoCriteria(query))) {
            return null;
        }
        String filterId = (String) read(FILTER_ID, count);
        Authentication who = identityService == null ? null : identityService.getCurrentAuthentication();
        return who == null ? new Key(filterId, extending != null, null, List.of(), List.of())
                : new Key(filterId, extending != null, who.getUserId(), sorted(who.getGroupIds()), sorted(who.getTenantIds()));
    }

    private static List<String> sorted(List<String> ids) {
        return ids == null ? List.of() : ids.stream().sorted().toList();
    }

    /** First in the chain, outside the command's transaction: a reused count opens none. */
    private final class Reuse extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (!(command instanceof ExecuteFilterCountCmd count) || Context.getCommandContext() != null
                    || writes.writtenInThisTransaction()) {
                return next.execute(command); // not a count, inside another command, or after own writes
            }
            Key key = keyOf(count);
            if (key == null) {
                return next.execute(command);
            }
            Long reused = reused(key);
            if (reused != null) {
                reusedCounts.increment();
                @SuppressWarnings("unchecked")
                T answer = (T) reused;
                return answer;
            }
            freshCounts.increment();
            long writesBefore = writes.current();
            long started = now();
            T answer = next.execute(command);
            remember(key, writesBefore, started, (Long) answer);
            return answer;
        }
    }

    /** Sees every insert, update and delete the engine sends, batched or not. */
    @Intercepts(@Signature(type = Executor.class, method = "update", args = {MappedStatement.class, Object.class}))
    private final class EngineWrites implements Interceptor {

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            written();
            return invocation.proceed();
        }
    }

    private static Field field(String name) {
        try {
            Field field = AbstractExecuteFilterCmd.class.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's filter commands changed: no " + name, e);
        }
    }

    private static Object read(Field field, Object command) {
        try {
            return field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }
}
