package org.problemsolvinghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.problemsolvinghub.library.LibraryHit;
import org.problemsolvinghub.library.LibraryQuery;
import org.problemsolvinghub.library.LibrarySource;
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

    @Autowired
    List<LibrarySource> library;

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

    @Test
    void theLibrarySearchWorksOnH2Too() {
        LibrarySource plans = library.stream().filter(s -> s.kind().equals("pmp")).findFirst().orElseThrow();
        assertThat(plans.search(new LibraryQuery("hedges car park", Map.of(), 10)))
                .extracting(LibraryHit::title).containsExactly("Thefts from cars at Handsworth Park car park");
        assertThat(plans.search(new LibraryQuery("hedges", Map.of("tactic", "ENVIRONMENTAL_DESIGN"), 10))).hasSize(1);
        assertThat(plans.search(new LibraryQuery("hedges", Map.of("tactic", "CIVIL_INTERVENTION"), 10))).isEmpty();
        assertThat(plans.search(new LibraryQuery("50%_off", Map.of(), 10))).isEmpty();
    }
}
