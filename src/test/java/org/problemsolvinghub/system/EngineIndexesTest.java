package org.problemsolvinghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue #8: the hub's index on Camunda's task table is there once the hub has started, and comes back if lost. */
class EngineIndexesTest extends HubTest {

    private static final String NAME = "hub_idx_task_due_date";

    @Autowired
    DataSource dataSource;

    private Boolean validity() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return EngineIndexes.validity(connection, NAME);
        }
    }

    @Test
    void theTaskTableHasItsDueDateIndex() throws SQLException {
        assertThat(validity()).as(NAME + " made at start-up and valid").isTrue();
        assertThat(EngineIndexes.ensure(dataSource)).as("nothing to make when it is there").isZero();
    }

    @Test
    void aLostIndexIsMadeAgain() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop index " + NAME);
        }
        assertThat(validity()).isNull();
        assertThat(EngineIndexes.ensure(dataSource)).isEqualTo(1);
        assertThat(validity()).isTrue();
    }
}
