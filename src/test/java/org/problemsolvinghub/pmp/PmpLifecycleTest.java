package org.problemsolvinghub.pmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.problemsolvinghub.pmp.PlanDriver.vars;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The whole SARA cycle of a plan, path by path, through the engine as Tasklist drives it. */
class PmpLifecycleTest extends HubTest {

    @Autowired
    PmpService pmps;

    @Autowired
    PlanDisplay planDisplay;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    PlanDriver driver;

    @BeforeEach
    void driver() {
        driver = new PlanDriver(processEngine, pmps);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ProcessInstance adoptedPlan() {
        ProcessInstance pi = driver.raise("kpatel", "coventry", "Foleshill", ProblemType.ANTISOCIAL_BEHAVIOUR,
                "Youths gathering in Foleshill park");
        driver.adopt("ljones", pi.getBusinessKey(), "kpatel");
        return pi;
    }

    private ProcessInstance planInResponse() {
        ProcessInstance pi = adoptedPlan();
        driver.analyse("kpatel", pi.getBusinessKey());
        driver.setObjectives("kpatel", pi.getBusinessKey());
        driver.planResponse("kpatel", pi.getBusinessKey(), "kpatel", "coventry-council-asb");
        return pi;
    }

    private void runDueTimers(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
        for (Job job : managementService.createJobQuery().timers().duedateLowerThan(Date.from(now.plusSeconds(1))).list()) {
            managementService.executeJob(job.getId());
        }
    }

    @Test
    void aPlanGoesFromRaiseToClosureAndIntoTheLibrary() {
        long started = System.nanoTime();
        ProcessInstance pi = planInResponse();
        String ref = pi.getBusinessKey();
        assertThat(pi).isWaitingAt("Task_Response");

        // Each action is its own task, for its owner only.
        Task partnerAction = driver.task(ref + "-A01", "Task_Action");
        assertThat(taskService.getIdentityLinksForTask(partnerAction.getId()))
                .anyMatch(l -> "partner-coventry-council-asb".equals(l.getGroupId()));
        assertThat(partnerAction.getAssignee()).isNull();
        assertThat(partnerAction.getName()).startsWith("Action " + ref + "-A01: Light the corner");
        assertThat(driver.task(ref + "-A02", "Task_Action").getAssignee()).isEqualTo("kpatel");

        driver.finishAction("hmorris", ref + "-A01");
        driver.finishAction("kpatel", ref + "-A02");
        driver.completeResponse("kpatel", ref);
        driver.assess("kpatel", ref);
        assertThat(pi).isWaitingAt("Task_SignOff");
        assertThat(pmps.find(ref).quality()).noneMatch(PmpView.FindingView::blocking);

        driver.signOff("ljones", ref, "CLOSE", null);
        assertThat(pi).isEnded().hasPassed("Task_Publish", "EndEvent_Closed");
        PmpView closed = pmps.find(ref);
        assertThat(closed.stage()).isEqualTo(PmpStage.CLOSED);
        assertThat(closed.closedAt()).isNotNull();
        assertThat(closed.objectives().get(0).afterFigure()).isEqualByComparingTo("8");
        assertThat(closed.assessment().displacementChecked()).containsExactly("PLACES", "TIMES");
        assertThat(closed.actions()).extracting(PmpView.ActionView::status).containsOnly(ActionStatus.DONE);
        System.out.printf("PMP raise to closure through the engine: %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void theOwnerCanAskAnAnalystAndTheAnswerComesBackIntoThePlan() {
        ProcessInstance pi = adoptedPlan();
        String ref = pi.getBusinessKey();
        driver.complete("kpatel", ref, "Task_Analysis", vars("victimTarget", "Park users", "offender", "Unknown",
                "location", "Park", "dataSources", "Calls", "hypothesis", "Not sure yet: need the times of calls",
                "askAnalyst", true, "analystQuestion", "When in the week do the calls come?"));
        assertThat(pi).isWaitingAt("Task_AnalystRequest");
        assertThat(pi).task().hasCandidateGroup("analysts");

        driver.complete("awright", ref, "Task_AnalystRequest", vars("analystAnswer", "Two thirds on Friday and Saturday, 8pm to 11pm."));
        assertThat(pi).isWaitingAt("Task_Analysis");
        assertThat(pmps.find(ref).analysis().analystAnswer()).contains("Friday");
        assertThat(pmps.find(ref).analysis().analyst()).isEqualTo("awright");

        driver.analyse("kpatel", ref);
        assertThat(pi).isWaitingAt("Task_Objectives");
    }

    @Test
    void anActionsTaskNameDueDateAndTimersComeFromTheActionItself() {
        String ref = planInResponse().getBusinessKey();
        String action = ref + "-A02";
        ProcessInstance actionProcess = processEngine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(action).singleResult();
        Date endOfDueDay = Date.from(java.time.LocalDate.parse(PlanDriver.day(21)).plusDays(1)
                .atStartOfDay(org.problemsolvinghub.system.HubClock.ZONE).toInstant());

        Task task = driver.task(action, "Task_Action");
        assertThat(task.getName()).isEqualTo("Action " + action + ": Youth workers meet the group (diversion support)");
        assertThat(task.getDueDate()).isEqualTo(endOfDueDay);
        assertThat(task.getDescription()).startsWith("Plan " + ref + ": ").contains("carries out the action");
        List<Date> timers = managementService.createJobQuery().processInstanceId(actionProcess.getId()).timers()
                .orderByJobDuedate().asc().list().stream().map(Job::getDuedate).toList();
        assertThat(timers).containsExactly(endOfDueDay, Date.from(endOfDueDay.toInstant().plus(7, ChronoUnit.DAYS)));
        // Only what the process routes on is a variable (issue #8: history FULL).
        assertThat(processEngine.getRuntimeService().getVariables(actionProcess.getId()).keySet()).containsExactly("area");
        // Its forms' brief comes from the action as they open.
        assertThat(planDisplay.forTask(task.getId()).get("actionBrief").value().toString()).startsWith("Plan: " + ref + ": ")
                .contains("\nWhat is to be done: Youth workers meet the group\n",
                        "\nTactic: Diversion and support (youth work, treatment, housing)\n",
                        "\nSide of the triangle it works on: Offender (and handler)\n")
                .endsWith("\nDue by: " + LocalDate.parse(PlanDriver.day(21)).format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK)));
    }

    @Test
    void anOverdueActionIsChasedThenEscalatedToTheAreasSupervisors() {
        ProcessInstance pi = planInResponse();
        String ref = pi.getBusinessKey();
        String action = ref + "-A02";

        runDueTimers(Instant.now().plus(23, ChronoUnit.DAYS));
        Task task = driver.task(action, "Task_Action");
        assertThat(taskService.getTaskComments(task.getId())).anyMatch(c -> c.getFullMessage().startsWith("Reminder"));
        assertThat(task.getPriority()).isGreaterThanOrEqualTo(80);
        assertThat(pmps.find(ref).actions().get(1).remindedAt()).isNotNull();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(action).taskDefinitionKey("Task_EscalatedAction").count()).isZero();

        runDueTimers(Instant.now().plus(30, ChronoUnit.DAYS));
        Task escalation = driver.task(action, "Task_EscalatedAction");
        assertThat(taskService.getIdentityLinksForTask(escalation.getId())).anyMatch(l -> "supervisors-coventry".equals(l.getGroupId()));
        driver.complete("ljones", action, "Task_EscalatedAction", vars("escalationNote", "Spoke to PC Patel: done by Friday."));
        assertThat(pmps.find(ref).actions().get(1).escalationNote()).contains("Friday");

        // The action is still the owner's to finish; finishing it ends the action's process.
        driver.finishAction("kpatel", action);
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(action).count()).isZero();
    }

    @Test
    void theReviewCanSendThePlanBackWithAComment() {
        ProcessInstance pi = adoptedPlan();
        String ref = pi.getBusinessKey();
        // Priority HIGH (substantial harm, frequent): reviewed every 14 days.
        runDueTimers(Instant.now().plus(15, ChronoUnit.DAYS));
        assertThat(pi).isWaitingAt("Task_Analysis", "Task_Review");
        driver.complete("ljones", ref, "Task_Review", vars("reviewOutcome", "SEND_BACK",
                "reviewComment", "Speak to the park's neighbours before going on."));
        driver.complete("kpatel", ref, "Task_AddressReview", vars("reviewReply", "Door-knocked 20 houses on Broad Street."));
        PmpView plan = pmps.find(ref);
        assertThat(plan.reviews()).hasSize(1);
        assertThat(plan.reviews().get(0).reply()).contains("Door-knocked");
        assertThat(pi).isWaitingAt("Task_Analysis");
        // The review comes round again.
        assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).timers().count()).isEqualTo(1);
    }

    @Test
    void signOffCanSendThePlanBackToAnalysisAndToTheResponse() {
        ProcessInstance pi = planInResponse();
        String ref = pi.getBusinessKey();
        driver.finishAction("hmorris", ref + "-A01");
        driver.finishAction("kpatel", ref + "-A02");
        driver.completeResponse("kpatel", ref);
        driver.assess("kpatel", ref);

        driver.signOff("ljones", ref, "BACK_TO_RESPONSE", "Add a follow-up patrol for the summer.");
        assertThat(pi).isWaitingAt("Task_Response");
        driver.completeResponse("kpatel", ref);
        driver.assess("kpatel", ref);
        driver.signOff("ljones", ref, "BACK_TO_ANALYSIS", "The hypothesis does not explain the weekday calls.");
        assertThat(pi).isWaitingAt("Task_Analysis");
        assertThat(pmps.find(ref).stage()).isEqualTo(PmpStage.ANALYSIS);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId("Task_Response").count()).isEqualTo(2);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId("Task_Analysis").count()).isEqualTo(2);
    }

    @Test
    void blockingQualityChecksKeepTheTaskOpenWithTheReason() {
        ProcessInstance pi = planInResponse();
        String ref = pi.getBusinessKey();
        Task response = driver.task(ref, "Task_Response");
        assertThatThrownBy(() -> driver.as("kpatel", () -> {
            taskService.complete(response.getId(), vars("responseComplete", true));
            return null;
        })).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("is still open");
        assertThat(pi).isWaitingAt("Task_Response");

        driver.finishAction("hmorris", ref + "-A01");
        driver.finishAction("kpatel", ref + "-A02");
        driver.completeResponse("kpatel", ref);
        Task assessment = driver.task(ref, "Task_Assessment");
        assertThatThrownBy(() -> driver.as("kpatel", () -> {
            taskService.complete(assessment.getId(), vars(
                    "objectives", PlanDriver.json("[{\"afterFigure\":8,\"afterFrom\":\"2027-01-01\",\"afterTo\":\"2027-03-31\"}]"),
                    "assessmentOutcome", "MET", "impact", "HANDLED_BETTER", "causedByResponse", "Yes.",
                    "lessonsLearnt", "Light and outreach together work better than either alone, in our parks."));
            return null;
        })).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Displacement not checked");
        assertThat(pmps.find(ref).stage()).isEqualTo(PmpStage.ASSESSMENT);
    }

    @Test
    void onlyEnforcementIsFlaggedAndStoredAsAWarning() {
        ProcessInstance pi = adoptedPlan();
        String ref = pi.getBusinessKey();
        driver.analyse("kpatel", ref);
        driver.setObjectives("kpatel", ref);
        driver.complete("kpatel", ref, "Task_ActionPlan", vars("actions", PlanDriver.json("""
                [{"tactic":"ENFORCEMENT","triangleSide":"OFFENDER","description":"Dispersal order patrols",
                  "ownerType":"OFFICER","actionOfficer":"kpatel","dueDate":"%s"}]""".formatted(PlanDriver.day(7)))));
        assertThat(pmps.find(ref).quality()).isEmpty();
        driver.finishAction("kpatel", ref + "-A01");
        driver.completeResponse("kpatel", ref);
        assertThat(pmps.find(ref).quality()).anyMatch(f -> f.check() == QualityCheck.ENFORCEMENT_ONLY && !f.blocking()
                && f.message().equals("Only enforcement tactics: enforcement alone is not a plan."));
    }
}
