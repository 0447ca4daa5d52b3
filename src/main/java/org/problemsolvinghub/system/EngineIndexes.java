package org.problemsolvinghub.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Indexes the hub adds to Camunda's own tables on PostgreSQL, where a query the hub runs often has none that
 * serves it. Made once the engine has made its tables, concurrently (a force's work goes on while a large table
 * is indexed), and made again when an earlier attempt was cut short and left the index invalid. Nothing on H2.
 * <p>
 * {@code hub_idx_task_due_date}: Tasklist's "Overdue" filter counts the user's tasks past their due date on every
 * refresh. Without the index PostgreSQL reads every open task's row to reach {@code DUE_DATE_}, its nineteenth
 * column after a dozen variable-length ones; with it, the count reads the index alone (issue #8,
 * docs/performance.md: 18 to 11 ms a count on the benchmark's 12,649 open tasks).
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(EngineIndexes.class);

    record EngineIndex(String name, String table, String columns) {
    }

    static final List<EngineIndex> INDEXES = List.of(
            new EngineIndex("hub_idx_task_due_date", "act_ru_task", "(due_date_) include (assignee_, tenant_id_, id_)"));

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        DataSource dataSource = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getDataSource();
        try {
            ensure(dataSource);
        } catch (SQLException e) {
            // The hub works without them, only slower: say so and carry on.
            LOG.warn("Could not add the hub's indexes to Camunda's tables: {}", e.getMessage());
        }
    }

    /** Makes each missing or invalid index; returns how many it made. */
    static int ensure(DataSource dataSource) throws SQLException {
        int made = 0;
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
                return 0;
            }
            connection.setAutoCommit(true); // CREATE INDEX CONCURRENTLY runs outside a transaction
            for (EngineIndex index : INDEXES) {
                Boolean valid = validity(connection, index.name());
                if (Boolean.TRUE.equals(valid)) {
                    continue;
                }
                try (Statement statement = connection.createStatement()) {
                    if (valid != null) {
                        statement.execute("drop index concurrently if exists " + index.name());
                    }
                    statement.execute("create index concurrently if not exists " + index.name() + " on "
                            + index.table() + " " + index.columns());
                }
                LOG.info("Added index {} to {}", index.name(), index.table());
                made++;
            }
        }
        return made;
    }

    /** Whether the index is usable; {@code null} when there is none of that name in the current schema. */
    static Boolean validity(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select i.indisvalid from pg_class c"
                + " join pg_index i on i.indexrelid = c.oid where c.relname = ? and c.relnamespace = current_schema()::regnamespace")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? rows.getBoolean(1) : null;
            }
        }
    }
}
