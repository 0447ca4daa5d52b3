package org.problemsolvinghub.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Settings for every connection the hub opens to PostgreSQL ({@code hub.postgres.session-sql}), run once when
 * the pool opens the connection. Nothing on H2.
 *
 * <p>The default turns off the planner's Materialize step. Camunda's task, filter-count and history queries
 * join the user's authorization rows on {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}, which cannot be
 * hashed. With Materialize, PostgreSQL compares every task of the user's groups with every grant the groups
 * hold (a supervisor of an area with 1,000 open tasks: a million pairs, 150 to 600 ms for one Tasklist count,
 * and four times that at twice the tasks). Without it, the planner looks each task's grants up in the
 * resource-id index instead (0.03 ms a task). The price: smaller queries (an officer's, a partner's) plan a little
 * worse, about 14 ms more for a typical Tasklist request on the benchmark's data; the slowest requests lose 40 %.
 * docs/performance.md, "Tasklist: the authorization join", has the plans and the figures before and after.
 */
@Component
class PostgresSessionSettings implements BeanPostProcessor, PriorityOrdered, EnvironmentAware {

    static final String PROPERTY = "hub.postgres.session-sql";

    private String sessionSql = "";

    /**
     * Spring's: a post-processor this early is made before constructor injection exists, so the setting comes
     * from {@link #setEnvironment}.
     */
    PostgresSessionSettings() {
    }

    PostgresSessionSettings(String sessionSql) {
        this.sessionSql = sessionSql == null ? "" : sessionSql.strip();
    }

    @Override
    public void setEnvironment(Environment environment) {
        this.sessionSql = environment.getProperty(PROPERTY, "").strip();
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        // After initialization: the pool's properties (the URL among them) are bound by then, and it opens no
        // connection before its first use.
        if (bean instanceof HikariDataSource pool && !sessionSql.isEmpty() && pool.getConnectionInitSql() == null
                && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
            pool.setConnectionInitSql(sessionSql);
        }
        return bean;
    }

    /** Before anything wraps the pool (a metrics or statement-counting proxy would hide it). */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
