package org.problemsolvinghub.pmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.jayway.jsonpath.JsonPath;

/** Every path of the PMP slice, through the engine as Tasklist drives it. */
class PmpProcessTest extends HubTest {

    @Autowired
    PmpService pmps;

    @Autowired
    PlanDisplay planDisplay;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    private ProcessInstance raiseInCoventry() {
        String reference = raise("kpatel", new RaisePmpRequest("coventry", "Foleshill", PmpSource.PACT_MEETING, ProblemType.BURGLARY,
                "Shed burglaries on Foleshill allotments",
                "Allotment holders in Foleshill have had sheds broken into and tools stolen every week since May.",
                List.of("PACT meeting: allotment society complaint", "Crime data: 19 shed burglaries since May")));
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
    }

    /** Raises the plan as the given user, with their groups, the way the raise form does; its reference. */
    private String raise(String userId, RaisePmpRequest request) {
        actAs(userId);
        try {
            return pmps.raise(request);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Completes the instance's open task as the given user, the way Tasklist submits a form. */
    private void completeAs(String userId, ProcessInstance pi, Map<String, Object> variables) {
        Task task = assertThat(pi).task().getActual();
        actAs(userId);
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Map<String, Object> triage(String outcome, Object... more) {
        Map<String, Object> vars = new HashMap<>(Map.of("cheersCommunity", true, "cheersHarm", true,
                "harm", "MODERATE", "frequency", "FREQUENT", "triageOutcome", outcome));
        for (int i = 0; i < more.length; i += 2) {
            vars.put((String) more[i], more[i + 1]);
        }
        return vars;
    }

    @Test
    @SuppressWarnings("unchecked")
    void raisedPlanWaitsForItsAreasSupervisorsWithItsReferenceAsBusinessKey() {
        ProcessInstance pi = raiseInCoventry();

        assertThat(pi).isStarted().isWaitingAt("Task_Triage");
        assertThat(pi.getBusinessKey()).matches("PMP-COV-\\d{4}-\\d{4}");
        Task triage = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(triage).hasCandidateGroup("supervisors-coventry");
        assertThat(triage.getName()).isEqualTo("Triage " + pi.getBusinessKey() + ": Shed burglaries on Foleshill allotments");
        assertThat(triage.getDescription()).startsWith(pi.getBusinessKey() + ": Shed burglaries on Foleshill allotments. ");
        assertThat(triage.getDueDate()).isNotNull();
        // The form's owner list: the area's officers, by name, and nobody else (given as the form opens).
        String officers = planDisplay.forTask(triage.getId()).get("areaOfficers").value().toString();
        assertThat((List<String>) JsonPath.read(officers, "$[*].value")).contains("kpatel", "pcollins").doesNotContain("mkhan", "ljones");
        assertThat((List<String>) JsonPath.read(officers, "$[*].label")).contains("Kiran Patel (kpatel)");
        assertThat(pmps.find(pi.getBusinessKey()).stage()).isEqualTo(PmpStage.TRIAGE);
        assertThat(pmps.find(pi.getBusinessKey()).raisedBy()).isEqualTo("kpatel");
    }

    @Test
    void adoptGivesThePlanAnOwnerAPriorityFromTheDmnTableAndAnAnalysisTask() {
        ProcessInstance pi = raiseInCoventry();
        completeAs("ljones", pi, triage("ADOPT", "owner", "kpatel",
                "harm", "SUBSTANTIAL", "frequency", "PERSISTENT"));

        assertThat(pi).hasPassed("Task_SetPriority", "Task_RecordTriage").isWaitingAt("Task_Analysis");
        assertThat(pi).task().isAssignedTo("kpatel");
        PmpView plan = pmps.find(pi.getBusinessKey());
        assertThat(plan.stage()).isEqualTo(PmpStage.ANALYSIS);
        assertThat(plan.priority()).isEqualTo("HIGH");
        assertThat(plan.owner()).isEqualTo("kpatel");
        assertThat(plan.triage().triagedBy()).isEqualTo("ljones");

        completeAs("kpatel", pi, withVariables("victimTarget", "Allotment holders",
                "offender", "Local burglars selling tools", "location", "Foleshill allotments, unlit back gate",
                "dataSources", "Crime reports, allotment society log", "hypothesis",
                "The unlit, unlocked back gate lets burglars in unseen after dark"));
        assertThat(pi).hasPassed("Task_RecordAnalysis").isWaitingAt("Task_Objectives");
        assertThat(pmps.find(pi.getBusinessKey()).analysis().hypothesis()).startsWith("The unlit");
        assertThat(pmps.find(pi.getBusinessKey()).stage()).isEqualTo(PmpStage.OBJECTIVES);
    }

    @Test
    void notAPmpEndsThePlanWithItsReason() {
        ProcessInstance pi = raiseInCoventry();
        completeAs("ljones", pi, triage("NOT_A_PMP",
                "triageReason", "A single crime series: the burglary team has it"));

        assertThat(pi).isEnded().hasPassed("EndEvent_NotAPmp");
        assertThat(pmps.find(pi.getBusinessKey()).stage()).isEqualTo(PmpStage.NOT_A_PMP);
        assertThat(pmps.find(pi.getBusinessKey()).triage().reason()).contains("burglary team");
    }

    @Test
    void duplicateLinksTheExistingPlan() {
        ProcessInstance first = raiseInCoventry();
        ProcessInstance second = raiseInCoventry();
        completeAs("ljones", second, triage("DUPLICATE",
                "duplicateOf", first.getBusinessKey()));

        assertThat(second).isEnded().hasPassed("EndEvent_Duplicate");
        assertThat(pmps.find(second.getBusinessKey()).triage().duplicateOf()).isEqualTo(first.getBusinessKey());
        assertThat(first).isWaitingAt("Task_Triage");
    }

    private String raise(String userId, String area, String ward, ProblemType type, String title) {
        return raise(userId, new RaisePmpRequest(area, ward, PmpSource.DATA, type, title,
                "A problem raised by the similar-plans test, recurring for months.",
                List.of("Crime data: 12 reports since May", "PACT meeting: residents' complaint")));
    }

    @Test
    void triageListsTheAreasOpenPlansInTheSameWardOrOfTheSameTypeNewestFirst() {
        String plan = raiseInCoventry().getBusinessKey();
        String sameWard = raise("kpatel", "coventry", "Foleshill", ProblemType.DRUGS, "Similar: same ward");
        String sameType = raise("kpatel", "coventry", "Radford", ProblemType.BURGLARY, "Similar: same type");
        String neither = raise("kpatel", "coventry", "Radford", ProblemType.DRUGS, "Similar: neither");
        String otherArea = raise("mkhan", "birmingham", "Aston", ProblemType.BURGLARY, "Similar: another area");
        ProcessInstance closed = raiseInCoventry();
        completeAs("ljones", closed, triage("NOT_A_PMP", "triageReason", "A single crime series"));

        String similar = pmps.similarPlans(plan);

        assertThat(similar).contains(sameType + " – Similar: same type (Radford, burglary, triage)")
                .contains(sameWard + " – Similar: same ward (Foleshill, drugs, triage)")
                .doesNotContain(plan + " ", neither, otherArea, closed.getBusinessKey());
        assertThat(similar.indexOf(sameType)).isLessThan(similar.indexOf(sameWard));
        assertThat(similar.lines()).hasSizeLessThanOrEqualTo(15);
    }

    @Test
    void partnerLedGoesToThatAgencysGroupOnly() {
        ProcessInstance pi = raiseInCoventry();
        completeAs("ljones", pi, triage("PARTNER_LED",
                "partnerAgency", "coventry-council-asb"));

        assertThat(pi).isWaitingAt("Task_PartnerHandover");
        assertThat(pi).task().hasCandidateGroup("partner-coventry-council-asb");
        assertThat(pmps.find(pi.getBusinessKey()).stage()).isEqualTo(PmpStage.PARTNER_LED);

        actAs("hmorris");
        assertThat(pmps.find(pi.getBusinessKey()).reference()).isEqualTo(pi.getBusinessKey());
        identityService.clearAuthentication();
        completeAs("hmorris", pi, withVariables("partnerResponse",
                "Council ASB officers will fit a lockable gate and patrol with the allotment society."));
        assertThat(pi).isEnded().hasPassed("EndEvent_HandedToPartner");
        assertThat(pmps.find(pi.getBusinessKey()).partnerResponse()).contains("lockable gate");
    }

    @Test
    void aBadTriageDecisionKeepsTheTaskOpenWithTheFieldAtFault() {
        ProcessInstance pi = raiseInCoventry();
        Task task = assertThat(pi).task().getActual();
        actAs("ljones");

        // mkhan is a Birmingham officer: he cannot own a Coventry plan.
        assertThatThrownBy(() -> taskService.complete(task.getId(), triage("ADOPT", "owner", "mkhan")))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("owner: 'mkhan' is not an officer of coventry");
        assertThatThrownBy(() -> taskService.complete(task.getId(), triage("PARTNER_LED",
                "partnerAgency", "birmingham-council-asb")))
                .hasMessageContaining("partnerAgency: choose an agency that serves coventry");
        assertThatThrownBy(() -> taskService.complete(task.getId(), triage("DUPLICATE", "duplicateOf", "PMP-COV-1999-0001")))
                .hasMessageContaining("duplicateOf: there is no other plan");
        assertThatThrownBy(() -> taskService.complete(task.getId(), triage("NOT_A_PMP")))
                .hasMessageContaining("triageReason");
        assertThatThrownBy(() -> taskService.complete(task.getId(), triage("ADOPT", "owner", "kpatel", "harm", "DREADFUL")))
                .hasMessageContaining("harm: choose the harm");

        identityService.clearAuthentication();
        assertThat(pi).isWaitingAt("Task_Triage");
        assertThat(pmps.find(pi.getBusinessKey()).stage()).isEqualTo(PmpStage.TRIAGE);
    }

    @Test
    void referencesCountUpPerAreaAndAreNeverReused() {
        String a = raiseInCoventry().getBusinessKey();
        String b = raiseInCoventry().getBusinessKey();
        int na = Integer.parseInt(a.substring(a.length() - 4));
        int nb = Integer.parseInt(b.substring(b.length() - 4));
        assertThat(nb).isEqualTo(na + 1);

        // A start that fails does not use up a number.
        actAs("kpatel");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("pmp", Map.of("area", "coventry", "problemType", "BURGLARY",
                "ward", "Nowhere", "source", "DATA", "title", "x", "problemStatement", "too short", "evidence", "")));
        String c = raiseInCoventry().getBusinessKey();
        assertThat(Integer.parseInt(c.substring(c.length() - 4))).isEqualTo(nb + 1);
    }
}
