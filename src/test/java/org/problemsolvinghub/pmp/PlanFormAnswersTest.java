package org.problemsolvinghub.pmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.jayway.jsonpath.JsonPath;

/**
 * A plan's forms, submitted as Tasklist submits them: the answers go to the plan's tables and route the
 * step they end, and the engine keeps of them only what a later step reads (system.TransientFormAnswers);
 * a form that opens again shows the plan's answers from its tables (PlanDisplay), never its own last
 * decision.
 */
class PlanFormAnswersTest extends HubTest {

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    HistoryService historyService;

    @Test
    void theAnswersGoToThePlanAndTheEngineKeepsOnlyTheOwnerWithTheSubmissionInItsHistory() {
        String reference = raiseInLowerStoke("Nuisance at Lower Stoke flats", "Residents suffer noise most nights.");
        String instance = instanceOf(reference);

        submit("ljones", reference, PlanCycle.STEPS.get(0).restBody());

        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_Analysis");
        String view = as("ljones").getForObject("/api/pmps/" + reference, String.class);
        assertThat((String) JsonPath.read(view, "$.owner")).isEqualTo("kpatel");
        assertThat((List<String>) JsonPath.read(view, "$.triage.cheers")).hasSize(3);
        assertThat((String) JsonPath.read(view, "$.triage.harm")).isEqualTo("MODERATE");
        assertThat(runtimeService.getVariables(instance)).containsEntry("owner", "kpatel")
                .doesNotContainKeys("harm", "frequency", "triageOutcome", "cheersCommunity");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableNameIn("harm", "triageOutcome").count()).isZero();
        // History FULL still says who submitted what.
        List<HistoricDetail> submitted = historyService.createHistoricDetailQuery().processInstanceId(instance).formFields().list();
        assertThat(submitted).extracting(d -> ((HistoricFormField) d).getFieldId()).contains("harm", "triageOutcome", "owner");
        assertThat(submitted).filteredOn(d -> "harm".equals(((HistoricFormField) d).getFieldId()))
                .extracting(d -> ((HistoricFormField) d).getFieldValue()).containsExactly("MODERATE");
    }

    @Test
    void aPlanRaisedThroughTheApiKeepsTheAreaAndTitleAsVariablesAndItsFormsShowTheRest() {
        String reference = raiseInLowerStoke("Motorbikes on the Lower Stoke green", "Motorbikes race across the green at night.");

        assertThat(runtimeService.getVariables(instanceOf(reference))).containsOnlyKeys("area", "title", "raisedBy");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceOf(reference))
                .variableNameIn("problemStatement", "evidence", "ward").count()).isZero();
        assertThat(formVariables("ljones", reference)).containsEntry("title", "Motorbikes on the Lower Stoke green")
                .containsEntry("problemStatement", "Motorbikes race across the green at night.")
                .containsEntry("ward", "Lower Stoke").containsEntry("problemType", "ANTISOCIAL_BEHAVIOUR")
                .containsEntry("evidence", "Housing officer's referral\nIncident data: 25 calls in three months");
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getName())
                .isEqualTo("Triage " + reference + ": Motorbikes on the Lower Stoke green");
    }

    @Test
    void theAnalysisFormOpensAgainWithItsAnswersAndTheAnalystsButTheAnalystIsAskedAfresh() {
        String reference = raiseInLowerStoke("Stairwell nuisance at Lower Stoke flats", "Outsiders gather in the stairwells.");
        submit("ljones", reference, PlanCycle.STEPS.get(0).restBody());
        submit("kpatel", reference, """
                {"variables": {"victimTarget": {"value": "Residents of the flats"}, "hypothesis": {"value": "A broken door entry"},
                 "offender": {"value": "Non-residents"}, "location": {"value": "Unlocked stairwells"},
                 "dataSources": {"value": "Calls for service"},
                 "askAnalyst": {"value": true, "type": "Boolean"},
                 "analystQuestion": {"value": "Which nights are the calls on?"}}}""");

        Map<String, Object> request = formVariables("awright", reference);
        assertThat(request).containsEntry("analystQuestion", "Which nights are the calls on?").doesNotContainKey("analystAnswer");
        submit("awright", reference, "{\"variables\": {\"analystAnswer\": {\"value\": \"Fridays and Saturdays.\"}}}");

        Map<String, Object> analysis = formVariables("kpatel", reference);
        assertThat(analysis).containsEntry("victimTarget", "Residents of the flats")
                .containsEntry("hypothesis", "A broken door entry").containsEntry("analystAnswer", "Fridays and Saturdays.")
                .doesNotContainKey("askAnalyst");
        assertThat(runtimeService.getVariables(instanceOf(reference)))
                .doesNotContainKeys("victimTarget", "askAnalyst", "analystQuestion", "analystAnswer");
    }

    @Test
    void aPlanSentBackShowsTheSupervisorsCommentAndTheAssessmentButTheSignOffIsDecidedAfresh() {
        String reference = raiseInLowerStoke("Door entry nuisance at Lower Stoke flats", "Outsiders use the stairwells at night.");
        for (PlanCycle.Step step : PlanCycle.STEPS.subList(0, 8)) {
            submitStep(step, reference);
        }
        submit("ljones", reference, """
                {"variables": {"signOffDecision": {"value": "BACK_TO_RESPONSE"},
                 "signOffComment": {"value": "Ask the housing officer whether the calls fell in the other blocks too."}}}""");

        Map<String, Object> response = formVariables("kpatel", reference);
        assertThat(response).containsEntry("signOffComment", "Ask the housing officer whether the calls fell in the other blocks too.")
                .doesNotContainKeys("responseComplete", "responseNotes", "signOffDecision");
        submitStep(PlanCycle.STEPS.get(6), reference);

        Map<String, Object> assessment = formVariables("kpatel", reference);
        assertThat(assessment).containsEntry("assessmentOutcome", "MET").containsEntry("impact", "REDUCED")
                .containsEntry("impactFigure", 80.0).containsEntry("displacementPlaces", true)
                .containsEntry("lessonsLearnt", "Fix the door entry first: it did more than any patrol plan had.");
        submitStep(PlanCycle.STEPS.get(7), reference);

        assertThat(formVariables("ljones", reference)).doesNotContainKeys("signOffDecision", "signOffComment")
                .containsKey("assessmentSummary");
        assertThat(runtimeService.getVariables(instanceOf(reference))).doesNotContainKeys("signOffDecision", "signOffComment",
                "responseComplete", "assessmentOutcome", "objectives");
        submitStep(PlanCycle.STEPS.get(8), reference);
        assertThat((String) JsonPath.read(as("ljones").getForObject("/api/pmps/" + reference, String.class), "$.stage"))
                .isEqualTo("CLOSED");
    }

    @Test
    void aCaseThatAlreadyHoldsAnAnswerAsAVariableKeepsItAsOne() {
        String reference = raiseInLowerStoke("Graffiti at Lower Stoke flats", "Tags appear on the flats' walls every week.");
        String instance = instanceOf(reference);
        // As a case started before answers were transient holds them (or one given a value through the engine's API).
        runtimeService.setVariable(instance, "harm", "MINOR");

        submit("ljones", reference, PlanCycle.STEPS.get(0).restBody());

        assertThat(runtimeService.getVariable(instance, "harm")).isEqualTo("MODERATE");
        assertThat(runtimeService.getVariables(instance)).doesNotContainKeys("frequency", "triageOutcome");
    }

    @Test
    void anAnswerTheProcessKeepsStaysAVariableWhateverTheClientSaysAndOneItSetsItselfCannotBreakTheStep() {
        String reference = raiseInLowerStoke("Parking on the Lower Stoke verges", "Cars park on the verges every evening.");
        String body = PlanCycle.STEPS.get(0).restBody().replace("\"owner\": {\"value\": \"kpatel\", \"type\": \"String\"}",
                "\"owner\": {\"value\": \"kpatel\", \"type\": \"String\", \"valueInfo\": {\"transient\": true}},"
                        + " \"priority\": {\"value\": \"LOW\", \"type\": \"String\"}");
        assertThat(body).contains("transient", "priority");

        submit("ljones", reference, body);

        String instance = instanceOf(reference);
        assertThat(runtimeService.getVariable(instance, "owner")).isEqualTo("kpatel");
        // The DMN table's priority, not the one the client sent.
        assertThat(runtimeService.getVariable(instance, "priority"))
                .isEqualTo(JsonPath.read(as("ljones").getForObject("/api/pmps/" + reference, String.class), "$.priority"))
                .isNotEqualTo("LOW");
    }

    @Test
    void aDelegatedTasksAnswersStayForItsOwnerAsNothingRecordsThem() {
        String reference = raiseInLowerStoke("Bins left out at Lower Stoke flats", "Bins block the pavement all week.");
        submit("ljones", reference, PlanCycle.STEPS.get(0).restBody());
        String analysis = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
        taskService.delegateTask(analysis, "pcollins");

        submit("pcollins", reference, "{\"variables\": {\"victimTarget\": {\"value\": \"Pedestrians\"}}}");

        assertThat(taskService.createTaskQuery().taskId(analysis).singleResult().getAssignee()).isEqualTo("kpatel");
        assertThat(runtimeService.getVariable(instanceOf(reference), "victimTarget")).isEqualTo("Pedestrians");
        assertThat(formVariables("kpatel", reference)).containsEntry("victimTarget", "Pedestrians");
    }

    private void submitStep(PlanCycle.Step step, String reference) {
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(reference + step.keySuffix())
                .taskDefinitionKey(step.taskKey()).singleResult().getId();
        post(step.holder().hubUser, taskId, step.restBody());
    }

    /** Submits the form of the plan's one open task, as Tasklist does. */
    private void submit(String user, String reference, String body) {
        post(user, taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId(), body);
    }

    private void post(String user, String taskId, String body) {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = as(user).postForEntity("/engine-rest/task/" + taskId + "/submit-form",
                new HttpEntity<>(body, json), String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** The open task's form values as Tasklist is given them: name to value. */
    private Map<String, Object> formVariables(String user, String reference) {
        String taskId = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult().getId();
        ResponseEntity<String> answer = as(user).getForEntity("/engine-rest/task/" + taskId + "/form-variables", String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        Map<String, Map<String, Object>> variables = JsonPath.read(answer.getBody(), "$");
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        variables.forEach((name, variable) -> values.put(name, variable.get("value")));
        return values;
    }

    private String instanceOf(String reference) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
    }
}
