package org.problemsolvinghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
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
 * Camunda's task queries look each task's grants up instead of comparing every task with every grant.
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

    @Test
    void nothingIsSetOnOtherDatabasesOrWhenTheSettingIsEmpty() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:mem:settings");
        assertThat(new PostgresSessionSettings("SET enable_material = off").postProcessAfterInitialization(pool, "h2"))
                .isSameAs(pool);
        assertThat(pool.getConnectionInitSql()).isNull();

        HikariDataSource postgres = new HikariDataSource();
        postgres.setJdbcUrl("jdbc:postgresql://localhost/hub");
        new PostgresSessionSettings(" ").postProcessAfterInitialization(postgres, "pg");
        assertThat(postgres.getConnectionInitSql()).isNull();
        new PostgresSessionSettings("SET enable_material = off").postProcessAfterInitialization(postgres, "pg");
        assertThat(postgres.getConnectionInitSql()).isEqualTo("SET enable_material = off");
    }
}
