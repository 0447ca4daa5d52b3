package org.problemsolvinghub.pmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.jayway.jsonpath.JsonPath;

/** Raising and reading plans through the hub's API and through the engine's start form. */
class PmpApiTest extends HubTest {

    @Autowired
    PmpRepository plans;

    @Autowired
    HistoryService historyService;

    private Map<String, Object> plan() {
        Map<String, Object> plan = new HashMap<>();
        plan.put("area", "birmingham");
        plan.put("ward", "Aston");
        plan.put("source", "PACT_MEETING");
        plan.put("problemType", "ROAD_SAFETY");
        plan.put("title", "Speeding on Park Lane");
        plan.put("problemStatement", "Drivers race along Park Lane in Aston on summer evenings, endangering children crossing to the park.");
        plan.put("evidence", List.of("PACT meeting 2 July", "Speed survey: 40% over the limit"));
        return plan;
    }

    private ResponseEntity<String> raise(Object body) {
        return as("mkhan").postForEntity("/api/pmps", body, String.class);
    }

    @Test
    void raisingAPlanGivesItAReferenceAndATriageTaskForItsArea() {
        ResponseEntity<String> created = raise(plan());

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String reference = JsonPath.read(created.getBody(), "$.reference");
        assertThat(reference).matches("PMP-BIR-20\\d\\d-\\d{4}");
        assertThat(created.getHeaders().getLocation()).hasPath("/api/pmps/" + reference);
        assertThat((String) JsonPath.read(created.getBody(), "$.stage")).isEqualTo("TRIAGE");
        assertThat((String) JsonPath.read(created.getBody(), "$.raisedBy")).isEqualTo("mkhan");
        assertThat((String) JsonPath.read(created.getBody(), "$.wardCode")).isEqualTo("birmingham-aston");

        String read = as("mkhan").getForObject("/api/pmps/" + reference, String.class);
        assertThat((List<String>) JsonPath.read(read, "$.evidence")).hasSize(2);
        String tasks = as("sbrown").getForObject("/engine-rest/task?processInstanceBusinessKey=" + reference
                + "&candidateGroup=supervisors-birmingham&maxResults=5", String.class);
        assertThat((String) JsonPath.read(tasks, "$[0].name")).isEqualTo("Triage " + reference + ": Speeding on Park Lane");
    }

    @Test
    void missingAndBadFieldsAnswer400NamingEachFieldAndSaveNothing() {
        long plansBefore = plans.count();
        long instancesBefore = historyService.createHistoricProcessInstanceQuery().count();

        Map<String, Object> bad = plan();
        bad.remove("title");
        bad.put("problemStatement", "short");
        bad.put("evidence", List.of());
        ResponseEntity<String> answer = raise(bad);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat((List<String>) JsonPath.read(answer.getBody(), "$.errors[*].field"))
                .containsExactly("evidence", "problemStatement", "title");

        Map<String, Object> wrongWard = plan();
        wrongWard.put("ward", "Foleshill");
        answer = raise(wrongWard);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) JsonPath.read(answer.getBody(), "$.errors[0].field")).isEqualTo("ward");
        assertThat((String) JsonPath.read(answer.getBody(), "$.errors[0].message")).contains("is not a ward of birmingham");

        Map<String, Object> unknownArea = plan();
        unknownArea.put("area", "gotham");
        assertThat((String) JsonPath.read(raise(unknownArea).getBody(), "$.errors[0].field")).isEqualTo("area");

        Map<String, Object> unknownSource = plan();
        unknownSource.put("source", "RUMOUR");
        answer = raise(unknownSource);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) JsonPath.read(answer.getBody(), "$.errors[0].field")).isEqualTo("source");

        Map<String, Object> extra = plan();
        extra.put("priority", "HIGH");
        assertThat((String) JsonPath.read(raise(extra).getBody(), "$.errors[0].field")).isEqualTo("priority");

        Map<String, Object> wrongType = plan();
        wrongType.put("evidence", Map.of("a", 1));
        assertThat((String) JsonPath.read(raise(wrongType).getBody(), "$.errors[0].field")).isEqualTo("evidence");

        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        answer = as("mkhan").postForEntity("/api/pmps", new HttpEntity<>("{not json", json), String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) JsonPath.read(answer.getBody(), "$.errors[0].field")).isEqualTo("body");

        assertThat(plans.count()).isEqualTo(plansBefore);
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    @Test
    void anUnknownPlanIs404() {
        ResponseEntity<String> answer = as("mkhan").getForEntity("/api/pmps/PMP-BIR-1999-9999", String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void theTasklistStartFormRaisesAPlanToo() {
        String variables = """
                {"variables": {
                  "area": {"value": "coventry", "type": "String"},
                  "ward": {"value": "earlsdon", "type": "String"},
                  "source": {"value": "PUBLIC_REPORT", "type": "String"},
                  "problemType": {"value": "ANTISOCIAL_BEHAVIOUR", "type": "String"},
                  "title": {"value": "Noisy parties in Earlsdon HMOs", "type": "String"},
                  "problemStatement": {"value": "Student houses on Earlsdon Avenue hold loud parties past 2am most weekends in term.", "type": "String"},
                  "evidence": {"value": "Council noise complaints: 31 this term\\nResidents' petition", "type": "String"}}}""";
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> started = as("kpatel").postForEntity("/engine-rest/process-definition/key/pmp/submit-form",
                new HttpEntity<>(variables, json), String.class);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        String reference = JsonPath.read(started.getBody(), "$.businessKey");
        assertThat(reference).matches("PMP-COV-20\\d\\d-\\d{4}");
        String read = as("kpatel").getForObject("/api/pmps/" + reference, String.class);
        assertThat((List<String>) JsonPath.read(read, "$.evidence")).containsExactly("Council noise complaints: 31 this term",
                "Residents' petition");
        assertThat((String) JsonPath.read(read, "$.ward")).isEqualTo("Earlsdon");
        // The plan keeps what it was raised with; the process keeps of it what its tasks read (PlanFormsPlugin).
        String instance = processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference)
                .singleResult().getId();
        assertThat(processEngine.getRuntimeService().getVariables(instance)).containsOnlyKeys("area", "title", "raisedBy");

        // The same rules hold on the form: a ward outside the area is refused with a readable 400.
        ResponseEntity<String> refused = as("kpatel").postForEntity("/engine-rest/process-definition/key/pmp/submit-form",
                new HttpEntity<>(variables.replace("earlsdon", "Aston"), json), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("ward: 'Aston' is not a ward of coventry");

        // The same through the engine's plain start endpoint, which Camunda alone would answer with a 500.
        ResponseEntity<String> viaStart = as("kpatel").postForEntity("/engine-rest/process-definition/key/pmp/start",
                new HttpEntity<>(variables.replace("earlsdon", "Aston"), json), String.class);
        assertThat(viaStart.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(viaStart.getBody()).contains("ward: 'Aston' is not a ward of coventry");
    }

    @Test
    void aBadTriageFormAnswers400AndLeavesTheTaskOpen() {
        String reference = JsonPath.read(raise(plan()).getBody(), "$.reference");
        String taskId = JsonPath.read(as("sbrown").getForObject("/engine-rest/task?processInstanceBusinessKey=" + reference
                + "&maxResults=1", String.class), "$[0].id");
        String form = """
                {"variables": {"triageOutcome": {"value": "ADOPT"}, "owner": {"value": "kpatel"},
                  "harm": {"value": "LOW"}, "frequency": {"value": "OCCASIONAL"}}}""";
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = as("sbrown").postForEntity("/engine-rest/task/" + taskId + "/submit-form",
                new HttpEntity<>(form, json), String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("owner: 'kpatel' is not an officer of birmingham");
        assertThat(as("sbrown").getForEntity("/engine-rest/task/" + taskId, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        answer = as("sbrown").postForEntity("/engine-rest/task/" + taskId + "/submit-form",
                new HttpEntity<>(form.replace("kpatel", "mkhan"), json), String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String read = as("mkhan").getForObject("/api/pmps/" + reference, String.class);
        assertThat((String) JsonPath.read(read, "$.stage")).isEqualTo("ANALYSIS");
        assertThat((String) JsonPath.read(read, "$.priority")).isEqualTo("LOW");
    }
}
