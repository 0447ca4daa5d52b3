package org.problemsolvinghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Every connection of the hub's pool to PostgreSQL plans without Materialize (hub.postgres.session-sql), so that
 * Camunda's task queries look each task's grants up instead of comparing every task with every grant, and sends
 * a batch of inserts as one multi-row insert (hub.postgres.rewrite-batched-inserts).
 */
class PostgresSessionSettingsTest extends HubTest {

    @Autowired
    DataSource dataSource;

    @Test
    void everyPooledConnectionRunsTheSessionSettings() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            // Several at once, so that the pool has to open new ones, not only lend the same one again.
            for (int i = 0; i < 4; i++) {
                Connection connection = dataSource.getConnection();
                held.add(connection);
                try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("show enable_material")) {
                    rs.next();
                    assertThat(rs.getString(1)).as("connection %d", i).isEqualTo("off");
                }
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    /**
     * The driver answers a rewritten batch with "success, no row count" for each row; sent row by row, it would
     * count one row for each.
     */
    @Test
    void aBatchOfInsertsGoesAsOneMultiRowInsert() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement s = connection.createStatement()) {
                s.execute("create temporary table rewrite_check (n int)");
            }
            try (PreparedStatement insert = connection.prepareStatement("insert into rewrite_check (n) values (?)")) {
                // Four: the driver rewrites in groups of a power of two, so three would go as two and one.
                for (int n = 1; n <= 4; n++) {
                    insert.setInt(1, n);
                    insert.addBatch();
                }
                assertThat(insert.executeBatch()).containsOnly(Statement.SUCCESS_NO_INFO).hasSize(4);
            }
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select sum(n) from rewrite_check")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(10);
                s.execute("drop table rewrite_check");
            }
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        }
    }

    @Test
    void nothingIsSetOnOtherDatabasesOrWhenTheSettingsAreOff() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:mem:settings");
        assertThat(new PostgresSessionSettings("SET enable_material = off", true).postProcessAfterInitialization(pool, "h2"))
                .isSameAs(pool);
        assertThat(pool.getConnectionInitSql()).isNull();
        assertThat(pool.getDataSourceProperties()).isEmpty();

        HikariDataSource postgres = new HikariDataSource();
        postgres.setJdbcUrl("jdbc:postgresql://localhost/hub");
        new PostgresSessionSettings(" ", false).postProcessAfterInitialization(postgres, "pg");
        assertThat(postgres.getConnectionInitSql()).isNull();
        assertThat(postgres.getDataSourceProperties()).isEmpty();
        new PostgresSessionSettings("SET enable_material = off", true).postProcessAfterInitialization(postgres, "pg");
        assertThat(postgres.getConnectionInitSql()).isEqualTo("SET enable_material = off");
        assertThat(postgres.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
    }
}
