package org.problemsolvinghub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.identity.User;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.problemsolvinghub.HubTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.jayway.jsonpath.JsonPath;

/** Who may use the APIs, and what each sees of a Coventry plan. */
class ApiSecurityTest extends HubTest {

    private String reference;
    private String processInstanceId;

    @BeforeEach
    void raiseACoventryPlan() {
        ResponseEntity<String> created = as("kpatel").postForEntity("/api/pmps", Map.of(
                "area", "coventry", "ward", "Radford", "source", "DATA", "problemType", "VEHICLE_CRIME", "title", "Car crime on Radford Road",
                "problemStatement", "Cars parked on Radford Road are broken into at night, most weeks, by the same few youths.",
                "evidence", List.of("Crime data: 27 thefts from vehicles since July", "PACT meeting 3 September")), String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        reference = JsonPath.read(created.getBody(), "$.reference");
        processInstanceId = JsonPath.read(as("demo").getForObject(
                "/engine-rest/process-instance?businessKey=" + reference + "&maxResults=1", String.class), "$[0].id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/areas", "/api/pmps/PMP-COV-2026-0001", "/engine-rest/task", "/engine-rest/engine",
            "/engine-rest/process-instance", "/engine-rest/history/process-instance", "/engine-rest/variable-instance",
            "/swagger-ui.html", "/v3/api-docs", "/actuator/prometheus"})
    void everyApiNeedsCredentials(String path) {
        ResponseEntity<String> anonymous = rest.getForEntity(path, String.class);
        assertThat(anonymous.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
        assertThat(rest.withBasicAuth("nobody", "demo").getForEntity(path, String.class).getStatusCode())
                .as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** A user of this test's own: wrong passwords lock an account, and a demo user is shared with other tests. */
    private String newOfficer(String prefix, String password) {
        String id = prefix + UUID.randomUUID().toString().substring(0, 8);
        User user = identityService.newUser(id);
        user.setFirstName("Test");
        user.setLastName("Officer");
        user.setPassword(password);
        identityService.saveUser(user);
        identityService.createMembership(id, "officers");
        return id;
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void aWrongPasswordIsRefusedAndLocksTheAccountForAWhileWithoutThePasswordInTheLog(CapturedOutput log) throws Exception {
        String user = newOfficer("throttle-api-", "right-horse-battery");
        assertThat(rest.withBasicAuth(user, "Wrong-Guess-7731").getForEntity("/api/areas", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        long failedAt = System.nanoTime();
        // Camunda's login throttling, on both API doors: the right password is refused until
        // loginDelayBase (3 s) has passed, longer after each further failure.
        int tooSoon = rest.withBasicAuth(user, "right-horse-battery").getForEntity("/engine-rest/task?maxResults=1", String.class)
                .getStatusCode().value();
        assertThat(tooSoon == 401 || System.nanoTime() - failedAt > 3_000_000_000L)
                .as("the right password straight after a wrong one (answered " + tooSoon + ")").isTrue();
        long firstAccepted = -1;
        while (firstAccepted < 0 && System.nanoTime() - failedAt < 20_000_000_000L) {
            if (rest.withBasicAuth(user, "right-horse-battery").getForEntity("/api/areas", String.class).getStatusCode().is2xxSuccessful()) {
                firstAccepted = System.nanoTime() - failedAt;
            } else {
                Thread.sleep(250);
            }
        }
        assertThat(firstAccepted).as("the right password accepted at last").isPositive();
        // 3 s after the server refused the wrong one, less the time its answer took to arrive here.
        assertThat(firstAccepted).as("nanoseconds until the right password was accepted").isGreaterThan(2_000_000_000L);
        assertThat(log.getAll()).doesNotContain("Wrong-Guess-7731").doesNotContain("right-horse-battery");
    }

    @Test
    void aRoleWithoutThePermissionIsForbidden() {
        Map<String, Object> plan = Map.of("area", "coventry", "ward", "Radford", "source", "DATA", "problemType", "VEHICLE_CRIME", "title", "t",
                "problemStatement", "A problem statement long enough to pass.", "evidence", List.of("data"));
        assertThat(as("hmorris").postForEntity("/api/pmps", plan, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("ebaker").postForEntity("/api/pmps", plan, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("kpatel").getForEntity("/actuator/prometheus", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // The engine's own API refuses too: a partner may not start a plan.
        assertThat(as("hmorris").postForEntity("/engine-rest/process-definition/key/pmp/start", Map.of(), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aRoleWithoutThePermissionIsForbiddenBeforeItsRequestIsRead() {
        // Refused for the role, not for the empty body: a 400 would list what a valid request needs.
        ResponseEntity<String> answer = as("ebaker").postForEntity("/api/pmps", Map.of(), String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getBody()).doesNotContain("problemStatement");
        assertThat(as("hmorris").postForEntity("/api/rotations/intakes", Map.of(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // Those with the role still get the body's faults.
        assertThat(as("kpatel").postForEntity("/api/pmps", Map.of(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/areas", "/api/pmps?size=1", "/engine-rest/task?maxResults=1", "/engine-rest/engine",
            "/v3/api-docs", "/api/no-such-endpoint"})
    void everyApiAnswerCarriesTheSecurityHeaders(String path) {
        for (ResponseEntity<String> answer : List.of(as("kpatel").getForEntity(path, String.class),
                rest.getForEntity(path, String.class))) {
            HttpHeaders headers = answer.getHeaders();
            assertThat(headers.getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(headers.getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(headers.getFirst("Referrer-Policy")).as(path).isEqualTo("same-origin");
            // Spring Security's "no-cache, no-store" on the hub's API; the engine's REST API sets its own "no-cache".
            assertThat(headers.getFirst("Cache-Control")).as(path).contains("no-cache");
            assertThat(headers.get("Server")).as(path).isNull();
            assertThat(headers.get("Set-Cookie")).as(path + ": stateless, no session").isNull();
            // HTTP here: HSTS is sent only on HTTPS (ProductionProfileIT, behind a TLS-ending proxy).
            assertThat(headers.get("Strict-Transport-Security")).as(path).isNull();
            if (!path.startsWith("/v3")) {
                assertThat(headers.getFirst("Content-Security-Policy")).as(path)
                        .isEqualTo("default-src 'none'; frame-ancestors 'none'");
            }
        }
    }

    @Test
    void theAreasSupervisorsSeeTheTriageTaskAndNobodyElseDoes() {
        String tasks = "/engine-rest/task?processInstanceBusinessKey=" + reference + "&maxResults=10";
        assertThat((List<?>) JsonPath.read(as("ljones").getForObject(tasks, String.class), "$")).hasSize(1);
        for (String outsider : List.of("sbrown", "mkhan", "hmorris", "tokafor", "ebaker")) {
            assertThat((List<?>) JsonPath.read(as(outsider).getForObject(tasks, String.class), "$")).as(outsider).isEmpty();
        }
        String taskId = JsonPath.read(as("ljones").getForObject(tasks, String.class), "$[0].id");
        assertThat(as("hmorris").getForEntity("/engine-rest/task/" + taskId, String.class).getStatusCode().value())
                .isIn(403, 404);
        assertThat(as("sbrown").getForEntity("/engine-rest/task/" + taskId + "/form-variables", String.class)
                .getStatusCode().value()).isIn(403, 404);
    }

    @Test
    void aPartnerReachesNothingOfAPlanTheirAgencyHasNoPartIn() {
        for (String partner : List.of("hmorris", "tokafor")) {
            var client = as(partner);
            assertThat(client.getForEntity("/api/pmps/" + reference, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            for (String path : List.of(
                    "/engine-rest/process-instance?businessKey=" + reference + "&maxResults=10",
                    "/engine-rest/history/process-instance?processInstanceBusinessKey=" + reference + "&maxResults=10",
                    "/engine-rest/history/task?processInstanceBusinessKey=" + reference + "&maxResults=10",
                    "/engine-rest/variable-instance?processInstanceIdIn=" + processInstanceId + "&maxResults=10",
                    "/engine-rest/history/variable-instance?processInstanceId=" + processInstanceId + "&maxResults=10",
                    "/engine-rest/history/activity-instance?processInstanceId=" + processInstanceId + "&maxResults=10")) {
                ResponseEntity<String> answer = client.getForEntity(path, String.class);
                assertThat(answer.getStatusCode()).as(partner + " " + path).isEqualTo(HttpStatus.OK);
                assertThat((List<?>) JsonPath.read(answer.getBody(), "$")).as(partner + " " + path).isEmpty();
            }
        }
    }

    @Test
    void policeStaffReadEveryPlanForceWide() {
        assertThat(as("sbrown").getForEntity("/api/pmps/" + reference, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("awright").getForEntity("/api/pmps/" + reference, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void healthIsOpenButItsDetailsAndTheMetricsAreTheAdministratorsOnly() {
        ResponseEntity<String> health = rest.getForEntity("/actuator/health", String.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).contains("\"UP\"").doesNotContain("db");
        String detailed = as("demo").getForObject("/actuator/health", String.class);
        assertThat((String) JsonPath.read(detailed, "$.components.db.status")).isEqualTo("UP");
        assertThat((String) JsonPath.read(detailed, "$.components.processEngine.status")).isEqualTo("UP");
        assertThat(as("demo").getForObject("/actuator/prometheus", String.class)).contains("jvm_memory_used_bytes");
    }

    @Test
    void theOpenApiDescriptionIsServedToSignedInUsers() {
        ResponseEntity<String> docs = as("kpatel").getForEntity("/v3/api-docs", String.class);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody()).contains("/api/pmps");
        assertThat(as("kpatel").getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }
}
