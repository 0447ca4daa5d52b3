package org.problemsolvinghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;

import com.jayway.jsonpath.JsonPath;

/**
 * Tasklist's own engine API ({@code /camunda/api/engine/...}, a Jersey application of Camunda's webapps) refuses
 * the variables the database cannot store with a 400 naming the variable, as {@code /engine-rest} does
 * ({@link EngineVariableGuard}), instead of a 500 from the database: a NUL character, which PostgreSQL refuses in
 * text. (A String over 4,000 characters Camunda itself answers with a 400.)
 */
class TasklistVariableGuardTest extends HubTest {

    @Test
    void aVariableWithANulCharacterSetInTasklistIsA400NamingItAndNothingIsStored() throws Exception {
        String reference = raiseInLowerStoke("Fly-tipping behind the Lower Stoke garages",
                "Bags of rubbish and old furniture are dumped behind the garages every week.");
        String taskId = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .singleResult().getId();

        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("X-XSRF-TOKEN", xsrf(cookies)).header("Origin", "http://localhost:" + port)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=ljones&password=demo")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);

        // As Tasklist does, it reads the task first: the new session's first read sets its XSRF token.
        HttpResponse<String> task = browser.send(HttpRequest.newBuilder(url("/camunda/api/engine/engine/default/task/" + taskId))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(task.statusCode()).as(task.body()).isEqualTo(200);

        HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(
                        url("/camunda/api/engine/engine/default/task/" + taskId + "/variables/triageReason"))
                .header("X-XSRF-TOKEN", xsrf(cookies)).header("Origin", "http://localhost:" + port)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\":\"dumped \\u0000 again\",\"type\":\"String\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat((String) JsonPath.read(answer.body(), "$.message")).startsWith("triageReason");
        assertThat(processEngine.getTaskService().getVariable(taskId, "triageReason")).isNull();
    }

    private static String xsrf(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst()
                .map(HttpCookie::getValue).orElseThrow();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
