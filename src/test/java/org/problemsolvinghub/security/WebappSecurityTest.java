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

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The webapps as a browser uses them: a session, the XSRF token from the cookie echoed in a header,
 * and a matching Origin. Only with all three does a refusal prove anything about the endpoint.
 */
class WebappSecurityTest extends HubTest {

    @Autowired
    RuntimeService runtimeService;

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
