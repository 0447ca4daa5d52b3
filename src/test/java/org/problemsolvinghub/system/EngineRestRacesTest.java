package org.problemsolvinghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.jayway.jsonpath.JsonPath;

/** Two people on one task: one wins, the other is told plainly, and nobody gets a 500. */
class EngineRestRacesTest extends HubTest {

    private static final String NOT_A_PMP = """
            {"variables": {"triageOutcome": {"value": "NOT_A_PMP"}, "triageReason": {"value": "A council matter only"},
             "harm": {"value": "LOW"}, "frequency": {"value": "ONE_OFF"}}}""";

    private String triageTask() {
        ResponseEntity<String> raised = as("kpatel").postForEntity("/api/pmps", Map.of("area", "coventry", "ward", "Earlsdon",
                "source", "DATA", "problemType", "OTHER", "title", "Parking on Earlsdon verges",
                "problemStatement", "Commuters park on the Earlsdon Avenue verges every weekday, blocking the pavement.",
                "evidence", List.of("Calls", "PACT meeting")), String.class);
        String ref = JsonPath.read(raised.getBody(), "$.reference");
        return JsonPath.read(as("ljones").getForObject("/engine-rest/task?processInstanceBusinessKey=" + ref
                + "&maxResults=1", String.class), "$[0].id");
    }

    private ResponseEntity<String> submit(String taskId) {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        return as("ljones").postForEntity("/engine-rest/task/" + taskId + "/submit-form", new HttpEntity<>(NOT_A_PMP, json),
                String.class);
    }

    @Test
    void completingATaskTwiceAnswers404TheSecondTime() {
        String task = triageTask();
        assertThat(submit(task).getStatusCode().value()).isEqualTo(204);
        ResponseEntity<String> again = submit(task);
        assertThat(again.getStatusCode().value()).isEqualTo(404);
        assertThat(again.getBody()).contains("This task is no longer open");
    }

    @Test
    void twoPeopleCompletingOneTaskAtOnceGetOneSuccessAndNo500() throws Exception {
        for (int round = 0; round < 5; round++) {
            String task = triageTask();
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return submit(task).getStatusCode().value();
                }));
            }
            go.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                codes.add(answer.get());
            }
            pool.shutdown();
            assertThat(codes).as("round " + round).containsOnlyOnce(204).allMatch(c -> c == 204 || c == 404 || c == 409);
        }
    }
}
