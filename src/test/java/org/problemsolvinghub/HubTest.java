package org.problemsolvinghub;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole hub on PostgreSQL with the demo force, on a random port, with its metrics endpoint as in
 * production; the job executor is off so tests run jobs themselves. Every test class that extends this shares one started hub.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
public abstract class HubTest {

    @Autowired
    protected ProcessEngine processEngine;

    @Autowired
    protected IdentityService identityService;

    @Autowired
    protected TestRestTemplate rest;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PostgresTestDatabase::url);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
        registry.add("camunda.bpm.job-execution.enabled", () -> "false");
        registry.add("hub.demo.enabled", () -> "true");
    }

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    /** Acts in the engine as a demo user, with their groups. */
    protected void actAs(String userId) {
        identityService.clearAuthentication();
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList();
        identityService.setAuthentication(userId, groups);
    }

    protected TestRestTemplate as(String userId) {
        return rest.withBasicAuth(userId, "demo");
    }
}
