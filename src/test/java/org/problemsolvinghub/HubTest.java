package org.problemsolvinghub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.jayway.jsonpath.JsonPath;

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

    /** A plan raised over the API with what a raise needs (two sources of evidence); its reference. */
    protected String raisePlan(String user, String area, String ward, String title) {
        ResponseEntity<String> created = as(user).postForEntity("/api/pmps", Map.of("area", area, "ward", ward,
                "source", "DATA", "problemType", "OTHER", "title", title,
                "problemStatement", "A recurring problem described well enough to triage it.",
                "evidence", List.of("Incident data", "PACT meeting")), String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return JsonPath.read(created.getBody(), "$.reference");
    }

    /** What Tasklist sends for a page of a filter's tasks (newest first, no variables), and for its count. */
    public static final String TASKLIST_PAGE = """
            {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],
             "sorting":[{"sortBy":"created","sortOrder":"desc"}]}""";

    /** The id of the Tasklist filter of this name that {@code user} sees (exactly one). */
    protected String filterId(String user, String name) {
        List<String> ids = JsonPath.read(as(user).getForObject("/engine-rest/filter?resourceType=Task&maxResults=50",
                String.class), "$[?(@.name == '" + name.replace("'", "\\'") + "')].id");
        assertThat(ids).as(user + " sees filter " + name).hasSize(1);
        return ids.get(0);
    }

    /** A JSON request body: a String as given (e.g. with a null in a list), or an object for Jackson to write. */
    protected static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    /**
     * A new plan raised over the API by kpatel in Coventry's Lower Stoke, a partner's referral resting on two
     * sources (one source would be a scanning failure that other tests of the shared hub do not expect); its reference.
     */
    protected String raiseInLowerStoke(String title, String problemStatement) {
        ResponseEntity<String> raised = as("kpatel").postForEntity("/api/pmps", Map.of(
                "area", "coventry", "ward", "Lower Stoke", "source", "PARTNER_REFERRAL", "problemType", "ANTISOCIAL_BEHAVIOUR",
                "title", title, "problemStatement", problemStatement,
                "evidence", List.of("Housing officer's referral", "Incident data: 25 calls in three months")), String.class);
        assertThat(raised.getStatusCode()).as(raised.getBody()).isEqualTo(HttpStatus.CREATED);
        return JsonPath.read(raised.getBody(), "$.reference");
    }
}
