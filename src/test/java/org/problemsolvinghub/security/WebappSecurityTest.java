package org.problemsolvinghub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.problemsolvinghub.HubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The webapps as a browser uses them: a session, the XSRF token from the cookie echoed in a header,
 * and a matching Origin. Only with all three does a refusal prove anything about the endpoint.
 */
@ExtendWith(OutputCaptureExtension.class)
class WebappSecurityTest extends HubTest {

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    private HttpClient browser;
    private String xsrfToken;

    @BeforeEach
    void openTasklistInABrowser() throws Exception {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        xsrfToken = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst()
                .map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).orElseThrow();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** Keeps the XSRF token the webapps issue anew with each session (a login starts a new one). */
    private HttpResponse<String> remember(HttpResponse<String> response) {
        response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst()
                .ifPresent(c -> xsrfToken = c.substring("XSRF-TOKEN=".length(), c.indexOf(';')));
        response.headers().firstValue("X-XSRF-TOKEN").filter(t -> !t.isBlank() && !"Required".equals(t))
                .ifPresent(t -> xsrfToken = t);
        return response;
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return remember(browser.send(HttpRequest.newBuilder(url(path))
                .header("X-XSRF-TOKEN", xsrfToken)
                .header("Origin", "http://localhost:" + port)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Logs in, then loads a page as the browser does, which hands out the new session's token. */
    private HttpResponse<String> login(String app, String user) throws IOException, InterruptedException {
        // The login page first, as a browser opens it: a session ended by a refused request gets a new token.
        remember(browser.send(HttpRequest.newBuilder(url("/camunda/app/" + app + "/default/")).build(),
                HttpResponse.BodyHandlers.ofString()));
        HttpResponse<String> answer = post("/camunda/api/admin/auth/user/default/login/" + app,
                "username=" + user + "&password=" + URLEncoder.encode("demo", StandardCharsets.UTF_8));
        remember(browser.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default")).build(),
                HttpResponse.BodyHandlers.ofString()));
        return answer;
    }

    @Test
    void anOfficerLogsInToTasklistAndAPartnerCannotOpenCockpit() throws Exception {
        assertThat(login("tasklist", "kpatel").statusCode()).isEqualTo(200);
        assertThat(login("cockpit", "ljones").statusCode()).isEqualTo(200);
        assertThat(login("cockpit", "hmorris").statusCode()).isIn(401, 403);
    }

    @Test
    void theFirstAdminSetupIsClosedWhateverTheStateOfTheAdminGroup() throws Exception {
        String newAdmin = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\",\"email\":\"i@n.example\"},"
                + "\"credentials\":{\"password\":\"intruder1\"}}";
        // The token works: a login with it succeeds.
        assertThat(login("tasklist", "kpatel").statusCode()).isEqualTo(200);
        assertThat(postJson("/camunda/api/admin/setup/default/user/create", newAdmin).statusCode()).isIn(403, 404);

        // Even with no administrator left in the admin group, the door stays shut.
        identityService.deleteMembership("demo", "camunda-admin");
        try {
            assertThat(postJson("/camunda/api/admin/setup/default/user/create", newAdmin).statusCode()).isIn(403, 404);
        } finally {
            identityService.createMembership("demo", "camunda-admin");
        }
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return remember(browser.send(HttpRequest.newBuilder(url(path)).build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** A claim as Tasklist sends it, with the token and origin given (null: left out). */
    private HttpResponse<String> claim(String taskId, String token, String origin) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url("/camunda/api/engine/engine/default/task/" + taskId + "/claim"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"ljones\"}"));
        if (token != null) {
            request.header("X-XSRF-TOKEN", token);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aStateChangingCallNeedsTheSessionsXsrfToken() throws Exception {
        String reference = raiseACoventryPlan();
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
        String here = "http://localhost:" + port;
        // Each refusal also ends the session (Camunda logs the victim of a forged request out): log in afresh.
        assertThat(login("tasklist", "ljones").statusCode()).isEqualTo(200);
        assertThat(claim(taskId, null, here).statusCode()).as("no token").isEqualTo(403);
        assertThat(get("/camunda/api/admin/auth/user/default").statusCode()).as("logged out").isEqualTo(404);
        assertThat(login("tasklist", "ljones").statusCode()).isEqualTo(200);
        assertThat(claim(taskId, "0123456789ABCDEF0123456789ABCDEF", here).statusCode()).as("a made-up token").isEqualTo(403);
        // Camunda compares the Origin only when camunda.bpm.webapp.csrf.target-origin names the public URL,
        // which depends on the deployment: the per-session token (unreadable from another site) and the
        // SameSite=Lax session cookie are what stop a forged request here.
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();

        assertThat(login("tasklist", "ljones").statusCode()).isEqualTo(200);
        assertThat(claim(taskId, xsrfToken, here).statusCode()).as("as Tasklist sends it").isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("ljones");
    }

    private String raiseACoventryPlan() {
        var created = as("kpatel").postForEntity("/api/pmps", Map.of("area", "coventry", "ward", "Radford", "source", "DATA",
                "problemType", "OTHER", "title", "Graffiti on the Radford underpass",
                "problemStatement", "The Radford Road underpass is sprayed with graffiti every weekend, most of it offensive.",
                "evidence", java.util.List.of("Incident data", "PACT meeting")), String.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return com.jayway.jsonpath.JsonPath.read(created.getBody(), "$.reference");
    }

    @Test
    void theWebappLoginIsThrottledAndTheWrongPasswordNotLogged(CapturedOutput log) throws Exception {
        String user = "throttle-web-" + UUID.randomUUID().toString().substring(0, 8);
        User officer = identityService.newUser(user);
        officer.setFirstName("Test");
        officer.setLastName("Officer");
        officer.setPassword("right-pony-staple");
        identityService.saveUser(officer);
        identityService.createMembership(user, "officers");

        assertThat(post("/camunda/api/admin/auth/user/default/login/tasklist",
                "username=" + user + "&password=Wrong-Guess-5517").statusCode()).isEqualTo(401);
        long failedAt = System.nanoTime();
        // Camunda's throttling: the right password is refused until loginDelayBase (3 s) has passed.
        long firstAccepted = -1;
        while (firstAccepted < 0 && System.nanoTime() - failedAt < 20_000_000_000L) {
            if (post("/camunda/api/admin/auth/user/default/login/tasklist",
                    "username=" + user + "&password=right-pony-staple").statusCode() == 200) {
                firstAccepted = System.nanoTime() - failedAt;
            } else {
                Thread.sleep(250);
            }
        }
        assertThat(firstAccepted).as("the right password accepted at last").isPositive();
        // 3 s after the server refused the wrong one, less the time its answer took to arrive here.
        assertThat(firstAccepted).as("nanoseconds until the right password was accepted").isGreaterThan(2_000_000_000L);
        assertThat(log.getAll()).doesNotContain("Wrong-Guess-5517").doesNotContain("right-pony-staple");
    }

    @Test
    void pagesAndTheirApisCarryTheSecurityHeadersAndCookieFlags() throws Exception {
        // A first visit, so that the session and token cookies are set on this answer.
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(url("/camunda/app/cockpit/default/"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login("tasklist", "kpatel").statusCode()).isEqualTo(200);
        HttpResponse<String> api = get("/camunda/api/engine/engine/default/task/count");
        for (HttpResponse<String> answer : java.util.List.of(page, api)) {
            var headers = answer.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).get().asString()
                    .contains("frame-ancestors 'none'").contains("object-src 'none'").contains("default-src 'self'");
            assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).contains("SAMEORIGIN");
            assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
            assertThat(headers.firstValue("Server")).isEmpty();
        }
        String session = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow();
        assertThat(session).contains("HttpOnly").containsOnlyOnce("SameSite=Lax")
                .as("Secure only in the postgres profile (ProductionProfileIT)").doesNotContain("Secure");
        String token = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst()
                .orElseThrow();
        assertThat(token).contains("SameSite=Lax").contains("Path=/camunda");
    }

    @Test
    void cockpitsApiIsForThoseWhoMayOpenCockpit() throws Exception {
        String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count";
        assertThat(login("tasklist", "hmorris").statusCode()).isEqualTo(200);
        assertThat(get(statistics).statusCode()).as("a partner, logged in to Tasklist").isEqualTo(403);
        assertThat(get("/camunda/api/cockpit/plugin/base/default/incident/count").statusCode()).isEqualTo(403);
        assertThat(get("/camunda/api/admin/plugin/adminPlugins/default/metrics/aggregated?metrics=process-instances"
                + "&subscriptionStartDate=2026-01-01&groupBy=month").statusCode()).isEqualTo(403);
        // Cockpit's scripts are public, as its login page needs them.
        assertThat(get("/camunda/api/cockpit/plugin/cockpitPlugins/static/app/plugin.js").statusCode()).isEqualTo(200);

        assertThat(login("tasklist", "ljones").statusCode()).isEqualTo(200);
        assertThat(get(statistics).statusCode()).as("a supervisor, Cockpit user").isEqualTo(200);
    }

    private HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(url(path))
                .header("X-XSRF-TOKEN", xsrfToken)
                .header("Origin", "http://localhost:" + port)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A serialized java.util.ArrayList, the shape of a classic deserialization attack. */
    private static final String SERIALIZED_LIST = "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==";

    @Test
    void javaSerializedVariablesAreRefusedByTheEngine() {
        String pi = runtimeService.createProcessInstanceQuery().processDefinitionKey("pmp").listPage(0, 1).get(0).getId();
        assertThatThrownBy(() -> runtimeService.setVariable(pi, "payload", Variables.serializedObjectValue(SERIALIZED_LIST)
                .serializationDataFormat(Variables.SerializationDataFormats.JAVA)
                .objectTypeName("java.util.ArrayList").create()))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Java serialization");
        assertThat(runtimeService.getVariable(pi, "payload")).isNull();
    }

    @Test
    void javaSerializedVariablesAreRefusedByTheRestApi() {
        String pi = runtimeService.createProcessInstanceQuery().processDefinitionKey("pmp").listPage(0, 1).get(0).getId();
        String body = "{\"value\":\"" + SERIALIZED_LIST + "\","
                + "\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList\","
                + "\"serializationDataFormat\":\"application/x-java-serialized-object\"}}";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        var answer = as("demo").exchange("/engine-rest/process-instance/" + pi + "/variables/payload",
                org.springframework.http.HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(answer.getBody()).contains("Java-serialized object variables are not accepted");
        assertThat(runtimeService.getVariable(pi, "payload")).isNull();
    }
}
