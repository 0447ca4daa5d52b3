package org.problemsolvinghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The README's first command: the hub on embedded H2 with the demo force, as a new user starts it
 * (in memory here, so the test leaves no file behind).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:embedded-start;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        // A second engine in the test JVM needs its own name, or it would take over the shared hub's "default".
        "camunda.bpm.process-engine-name=embedded-start-test"})
@DirtiesContext
class EmbeddedStartIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    HistoryService historyService;

    @Autowired
    IdentityService identityService;

    @Test
    void startsOnH2WithTheMigrationsTheProcessesAndTheDemoForce() {
        assertThat(jdbc.queryForObject("select count(*) from area", Integer.class)).isEqualTo(7);
        assertThat(jdbc.queryForObject("select count(*) from pmp", Integer.class)).isPositive();
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("pmp").count()).isEqualTo(1);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike("PMP-COV-%").count())
                .isPositive();
        assertThat(identityService.checkPassword("kpatel", "demo")).isTrue();
        assertThat(identityService.checkPassword("demo", "demo")).isTrue();
    }
}
