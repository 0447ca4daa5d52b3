package org.problemsolvinghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.PostgresTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production profile from an empty PostgreSQL database: the migrations and the engine's schema
 * come up, the administrator comes from the environment, and there is no demo force.
 */
@SpringBootTest
@ActiveProfiles("postgres")
@DirtiesContext
class ProductionProfileIT {

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        String database = PostgresTestDatabase.createScratch();
        registry.add("HUB_DB_URL", () -> PostgresTestDatabase.urlOf(database));
        registry.add("HUB_DB_USER", PostgresTestDatabase::user);
        registry.add("HUB_DB_PASSWORD", PostgresTestDatabase::password);
        registry.add("HUB_ADMIN_PASSWORD", () -> "a-secret-from-the-environment");
        registry.add("HUB_JOB_EXECUTOR", () -> "false");
        // A second engine in the test JVM needs its own name, or it would take over the shared hub's "default".
        registry.add("camunda.bpm.process-engine-name", () -> "production-profile-test");
    }

    @Autowired
    IdentityService identityService;

    @Autowired
    HistoryService historyService;

    @Test
    void startsWithTheConfiguredAdministratorAndNoDemoForce() {
        assertThat(identityService.checkPassword("admin", "a-secret-from-the-environment")).isTrue();
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").userId("admin").count()).isEqualTo(1);
        assertThat(identityService.createUserQuery().userId("demo").count()).isZero();
        assertThat(identityService.createUserQuery().userId("kpatel").count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isZero();
        // The force's structure is there all the same.
        assertThat(identityService.createGroupQuery().groupId("supervisors-coventry").count()).isEqualTo(1);
    }
}
