package org.problemsolvinghub.pmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.jayway.jsonpath.JsonPath;

/**
 * A plan's forms show what the plan's tables hold (PlanDisplay) without copies in process variables: the
 * engine's answer to {@code form-variables} carries them, and only to those the engine lets see the task.
 */
class PlanDisplayFilterTest extends HubTest {

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    private String reference;
    private Task triage;

    @BeforeEach
    void aPlanWaitingForTriage() {
        reference = JsonPath.read(as("kpatel").postForObject("/api/pmps", Map.of("area", "coventry", "ward", "Earlsdon",
                "source", "DATA", "problemType", "OTHER", "title", "Fly-tipping behind Earlsdon Street shops",
                "problemStatement", "Bags and furniture are dumped behind the shops every week and left for days.",
                "evidence", List.of("Council fly-tipping reports", "PACT meeting")), String.class), "$.reference");
        triage = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
    }

    @Test
    void theTriageFormIsGivenThePlansFindingsAndTheAreasOfficersWhichTheProcessDoesNotHold() {
        String variables = formVariables("ljones", "");

        assertThat((String) JsonPath.read(variables, "$.qualityReport.type")).isEqualTo("String");
        assertThat((String) JsonPath.read(variables, "$.stageSummary.value")).startsWith("Stage: triage\nOwner: ");
        assertThat((String) JsonPath.read(variables, "$.actionsSummary.value")).isEqualTo("No actions yet.");
        assertThat((String) JsonPath.read(variables, "$.areaOfficers.type")).isEqualTo("Json");
        String officers = JsonPath.read(variables, "$.areaOfficers.value");
        assertThat((List<String>) JsonPath.read(officers, "$[*].value")).contains("kpatel", "pcollins").doesNotContain("mkhan");
        assertThat((List<String>) JsonPath.read(officers, "$[*].label")).contains("Kiran Patel (kpatel)");
        // The area's open plans like it, as they stand now (the plan itself not among them).
        assertThat((String) JsonPath.read(variables, "$.similarPlans.value")).isNotBlank().doesNotContain(reference + " ");
        // The process's own variables are still there beside them.
        assertThat((String) JsonPath.read(variables, "$.title.value")).isEqualTo("Fly-tipping behind Earlsdon Street shops");

        assertThat(runtimeService.getVariables(triage.getProcessInstanceId()).keySet()).doesNotContain(
                "qualityReport", "stageSummary", "actionsSummary", "assessmentSummary", "areaOfficers", "similarPlans");
    }

    @Test
    void onlyTheVariablesAskedForAreGiven() {
        Map<String, Object> variables = JsonPath.read(formVariables("ljones", "?variableNames=areaOfficers,title"), "$");

        assertThat(variables).containsOnlyKeys("areaOfficers", "title");
    }

    @Test
    void someoneWhoMayNotSeeTheTaskIsGivenNothingOfThePlan() {
        ResponseEntity<String> answer = as("mkhan").getForEntity(
                "/engine-rest/task/" + triage.getId() + "/form-variables", String.class);

        assertThat(answer.getStatusCode()).isNotEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).doesNotContain("qualityReport", "Stage: triage");
    }

    private String formVariables(String user, String query) {
        ResponseEntity<String> answer = as(user).getForEntity(
                "/engine-rest/task/" + triage.getId() + "/form-variables" + query, String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }
}
