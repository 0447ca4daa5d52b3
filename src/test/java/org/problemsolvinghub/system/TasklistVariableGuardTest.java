package org.problemsolvinghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.problemsolvinghub.TasklistSession;

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

        TasklistSession tasklist = TasklistSession.login("http://localhost:" + port, "ljones", "demo");
        // As Tasklist does, it reads the task first: the new session's first read sets its XSRF token.
        HttpResponse<String> task = tasklist.get(TasklistSession.ENGINE_API + "/task/" + taskId);
        assertThat(task.statusCode()).as(task.body()).isEqualTo(200);

        HttpResponse<String> answer = tasklist.put(TasklistSession.ENGINE_API + "/task/" + taskId + "/variables/triageReason",
                "{\"value\":\"dumped \\u0000 again\",\"type\":\"String\"}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat((String) JsonPath.read(answer.body(), "$.message")).startsWith("triageReason");
        assertThat(processEngine.getTaskService().getVariable(taskId, "triageReason")).isNull();
    }
}
