package org.problemsolvinghub.pmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.problemsolvinghub.RaceTally;
import org.problemsolvinghub.RowLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.jayway.jsonpath.JsonPath;

/**
 * Two people changing one plan at the same moment, each race lined up in known orders (a row lock of
 * the test's own holds the plan while both requests queue behind it) and sent together, many times.
 * Whatever the order: no 5xx, each answer one the API documents, the plan as stored is what the winner
 * sent (never a mix), the audit trail records what was stored, and the engine agrees with the plan.
 */
class PmpRacesTest extends HubTest {

    @Autowired
    PmpService pmps;

    @Autowired
    TaskService taskService;

    @Autowired
    JdbcTemplate jdbc;

    PlanDriver driver;


    @BeforeEach
    void driver() {
        driver = new PlanDriver(processEngine, pmps);
    }

    // ---- two actions finishing at once: the plan's join ----

    @Test
    void twoActionsFinishingAtOnceAreBothRecordedAndTheOwnerIsToldOnce() {
        try (RaceTally tally = new RaceTally("two actions finishing at once")) {
            for (int run = 0; run < 20; run++) {
                boolean queued = run % 2 == 0;
                String ref = planInResponse("Racing actions " + run);
                String partnerTask = driver.task(ref + "-A01", "Task_Action").getId();
                String officerTask = driver.task(ref + "-A02", "Task_Action").getId();
                int[] codes = new int[2];
                if (queued) {
                    // Both owners press "complete" while the plan is held: they queue, then go one after the other.
                    Future<Integer> partner;
                    Future<Integer> officer;
                    try (RowLock plan = RowLock.on("pmp", "reference = ?", ref)) {
                        partner = tally.send(() -> finishAction("hmorris", partnerTask));
                        officer = tally.send(() -> finishAction("kpatel", officerTask));
                        plan.awaitWaiting(2, partner, officer);
                    }
                    codes[0] = RaceTally.answer(partner);
                    codes[1] = RaceTally.answer(officer);
                } else {
                    Future<?>[] both = tally.sendTogether(() -> finishAction("hmorris", partnerTask),
                            () -> finishAction("kpatel", officerTask));
                    codes[0] = (Integer) RaceTally.answer(both[0]);
                    codes[1] = (Integer) RaceTally.answer(both[1]);
                }
                tally.record((queued ? "queued: " : "together: ") + codes[0] + "+" + codes[1], codes);
                assertThat(codes).as(ref + ": neither owner is turned away").containsExactly(204, 204);

                identityService.clearAuthentication();
                PmpView plan = pmps.find(ref);
                assertThat(plan.actions()).extracting(PmpView.ActionView::status).containsExactly(ActionStatus.DONE, ActionStatus.DONE);
                assertThat(plan.actions()).extracting(PmpView.ActionView::doneBy).containsExactly("hmorris", "kpatel");
                assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
                        .processInstanceBusinessKeyLike(ref + "-A%").count()).as("action processes ended").isZero();
                // Each result audited once, after the action's creation (">OPEN").
                assertThat(audited(ref, "actions[0].status")).containsExactly(">OPEN", "OPEN>DONE");
                assertThat(audited(ref, "actions[1].status")).containsExactly(">OPEN", "OPEN>DONE");
                assertThat(audited(ref, "actions[1].doneBy")).containsExactly(">kpatel");
                String response = driver.task(ref, "Task_Response").getId();
                assertThat(taskService.getTaskComments(response)).as(ref + ": the owner is told once that all actions are finished")
                        .filteredOn(c -> c.getFullMessage().startsWith(PmpActions.ALL_FINISHED)).hasSize(1);

                // The response can now be completed, once: the plan moves on to its assessment.
                assertThat(submit("kpatel", response, b("responseComplete", true) + "," + s("responseNotes", "Both done.")))
                        .isEqualTo(204);
                assertThat(pmps.find(ref).stage()).isEqualTo(PmpStage.ASSESSMENT);
                assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery()
                        .processInstanceId(driver.task(ref, "Task_Assessment").getProcessInstanceId())
                        .activityId("Task_Assessment").count()).isEqualTo(1);
            }
            assertThat(tally.serverErrors()).isZero();
        }
    }

    // ---- an API edit of the assessment against the Assess form ----

    enum Order {
        /** The API edit reaches the plan first; the form's completion queues behind it. */
        API_FIRST,
        /** The form's completion reaches the plan first; the API edit queues behind it. */
        FORM_FIRST,
        /** Both sent at the same instant. */
        TOGETHER,
        /** The API client read the plan, then the form was submitted, then the API edit arrives. */
        API_AFTER_FORM
    }

    @Test
    void anAssessmentEditRacingTheAssessFormStoresOneSideWhole() {
        try (RaceTally tally = new RaceTally("PUT assessment vs Assess form")) {
            for (int run = 0; run < 20; run++) {
                Order order = Order.values()[run % Order.values().length];
                String ref = planAtAssessment("Racing assessment " + run);
                String task = driver.task(ref, "Task_Assessment").getId();
                long version = pmps.find(ref).version();
                int[] codes = race(tally, order, ref,
                        () -> put("kpatel", "/api/pmps/" + ref + "/assessment", Map.of("version", version, "assessment", Map.of(
                                "objectives", List.of(Map.of("afterFigure", 12, "afterFrom", "2027-01-01", "afterTo", "2027-03-31")),
                                "assessmentOutcome", "PARTLY_MET", "impact", "REDUCED_HARM",
                                "causedByResponse", "API: partly, the bins helped more than the warnings.",
                                "displacementPlaces", true, "lessonsLearnt", API_LESSON))),
                        () -> submit("kpatel", task, String.join(",",
                                j("objectives", "[{\"afterFigure\":8,\"afterFrom\":\"2027-01-01\",\"afterTo\":\"2027-03-31\"}]"),
                                s("assessmentOutcome", "MET"), s("impact", "REDUCED"), "\"impactFigure\": {\"value\": 73, \"type\": \"Integer\"}",
                                s("causedByResponse", "Form: calls fell only after the lights went in."),
                                b("displacementPlaces", true), b("displacementTimes", true), s("lessonsLearnt", FORM_LESSON))));
                int api = codes[0];
                int form = codes[1];
                tally.record(order.name().toLowerCase() + ": api " + api + " + form " + form, api, form);
                assertThat(api).as(order + " API").isIn(200, 409);
                assertThat(form).as(order + " form").isIn(204, 409);
                assertThat(api == 200 || form == 204).as(order + ": someone wins").isTrue();
                if (order == Order.API_AFTER_FORM) {
                    assertThat(new int[] {api, form}).containsExactly(409, 204);
                }

                identityService.clearAuthentication();
                PmpView plan = pmps.find(ref);
                // The last to succeed is what is stored, whole: the form completes the stage, so when it wins it is last.
                boolean formStored = form == 204;
                assertThat(plan.assessment().lessonsLearnt()).as(ref).isEqualTo(formStored ? FORM_LESSON : API_LESSON);
                assertThat(plan.assessment().impact()).isEqualTo(formStored ? Impact.REDUCED : Impact.REDUCED_HARM);
                assertThat(plan.objectives().get(0).afterFigure()).isEqualByComparingTo(new BigDecimal(formStored ? 8 : 12));
                assertThat(plan.stage()).isEqualTo(formStored ? PmpStage.SIGN_OFF : PmpStage.ASSESSMENT);
                assertThat(taskService.createTaskQuery().processInstanceBusinessKey(ref)
                        .taskDefinitionKey(formStored ? "Task_SignOff" : "Task_Assessment").count()).isEqualTo(1);
                // The audit trail holds each successful write once and nothing of a refused one.
                List<String> lessons = audited(ref, "assessment.lessonsLearnt");
                assertThat(lessons).last().asString().endsWith(">" + (formStored ? FORM_LESSON : API_LESSON));
                assertThat(lessons).hasSize((api == 200 ? 1 : 0) + (form == 204 ? 1 : 0));
            }
            assertThat(tally.serverErrors()).isZero();
        }
    }

    private static final String API_LESSON = "API: ask the council for bins before handing out warnings.";
    private static final String FORM_LESSON = "Form: lighting a hidden corner and outreach together moved the group on.";

    // ---- adding actions through the API against the Plan the response form ----

    @Test
    void actionsAddedThroughTheApiWhileTheActionPlanIsSubmittedGetTheirOwnNumbers() {
        try (RaceTally tally = new RaceTally("POST actions vs Plan the response form")) {
            for (int run = 0; run < 20; run++) {
                Order order = Order.values()[run % Order.values().length];
                String ref = planAtActionPlan("Racing action plan " + run);
                String task = driver.task(ref, "Task_ActionPlan").getId();
                long version = pmps.find(ref).version();
                int[] codes = race(tally, order, ref,
                        () -> code(as("kpatel").postForEntity("/api/pmps/" + ref + "/actions", Map.of("version", version,
                                "actions", List.of(Map.of("tactic", "EDUCATION_NUDGE", "triangleSide", "VICTIM",
                                        "description", "API: leaflet the flats", "ownerType", "OFFICER",
                                        "actionOfficer", "kpatel", "dueDate", PlanDriver.day(10)))), String.class)),
                        () -> submit("kpatel", task, j("actions", """
                                [{"tactic":"ENVIRONMENTAL_DESIGN","triangleSide":"LOCATION","description":"Form: light the corner",
                                  "ownerType":"PARTNER","actionAgency":"coventry-council-asb","dueDate":"%s"},
                                 {"tactic":"DIVERSION_SUPPORT","triangleSide":"OFFENDER","description":"Form: youth workers meet the group",
                                  "ownerType":"OFFICER","actionOfficer":"kpatel","dueDate":"%s"}]""".formatted(PlanDriver.day(14), PlanDriver.day(21)))));
                int api = codes[0];
                int form = codes[1];
                tally.record(order.name().toLowerCase() + ": api " + api + " + form " + form, api, form);
                assertThat(api).as(order + " API").isIn(201, 409);
                assertThat(form).as(order + " form").isIn(204, 409);
                assertThat(api == 201 || form == 204).as(order + ": someone wins").isTrue();

                identityService.clearAuthentication();
                PmpView plan = pmps.find(ref);
                int expected = (api == 201 ? 1 : 0) + (form == 204 ? 2 : 0);
                assertThat(plan.actions()).as(ref + " " + order).hasSize(expected);
                assertThat(plan.actions()).extracting(PmpView.ActionView::number)
                        .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, expected).boxed().toList());
                assertThat(plan.actions()).filteredOn(a -> a.description().startsWith("API")).hasSize(api == 201 ? 1 : 0);
                assertThat(plan.actions()).filteredOn(a -> a.description().startsWith("Form")).hasSize(form == 204 ? 2 : 0);
                for (PmpView.ActionView action : plan.actions()) {
                    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(action.reference())
                            .taskDefinitionKey("Task_Action").count()).as(action.reference() + " has its task").isEqualTo(1);
                }
                assertThat(taskService.createTaskQuery().processInstanceBusinessKey(ref)
                        .taskDefinitionKey(form == 204 ? "Task_Response" : "Task_ActionPlan").count()).isEqualTo(1);
                for (int i = 0; i < expected; i++) {
                    assertThat(audited(ref, "actions[" + i + "].description")).as(ref + " audit").hasSize(1);
                }
            }
            assertThat(tally.serverErrors()).isZero();
        }
    }

    // ---- an API edit against the review timer ----

    /*
     * The review timer's new task refreshes the form copies of the plan (PlanDisplay), the rows an API
     * edit of the objectives also writes. Sent together, either may lose: the edit with a 409 the client
     * can retry, the timer with an optimistic-locking failure the job executor retries. Never a 500, and
     * the plan keeps the edit whenever it was answered 200.
     */
    @Test
    void anObjectivesEditRacingTheReviewTimerIsNeverA500() {
        try (RaceTally tally = new RaceTally("PUT objectives vs review timer")) {
            for (int run = 0; run < 10; run++) {
                String ref = planInResponse("Racing review " + run);
                String instance = driver.task(ref, "Task_Response").getProcessInstanceId();
                String timer = processEngine.getManagementService().createJobQuery().processInstanceId(instance).timers()
                        .singleResult().getId();
                long version = pmps.find(ref).version();
                Callable<Integer> edit = () -> put("kpatel", "/api/pmps/" + ref + "/objectives",
                        Map.of("version", version, "objectives", List.of(Map.of("measure", "API: calls about the park",
                                "baselineFigure", 30, "baselineFrom", "2026-01-01", "baselineTo", "2026-03-31", "target", 5,
                                "targetDate", PlanDriver.day(200)))));
                Callable<String> review = () -> fireOrLose(timer);
                Future<?>[] both = tally.sendTogether(edit, review);
                int api = (Integer) RaceTally.answer(both[0]);
                String job = (String) RaceTally.answer(both[1]);
                tally.record("together: api " + api + " + timer " + job, api);
                assertThat(api).as(ref).isIn(200, 409);
                if (job.equals("retried later")) {
                    assertThat(fireOrLose(timer)).as("the executor's retry").isEqualTo("fired");
                }
                identityService.clearAuthentication();
                if (api == 200) {
                    assertThat(pmps.find(ref).objectives()).extracting(PmpView.ObjectiveView::measure)
                            .containsExactly("API: calls about the park");
                }
                assertThat(taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("Task_Review")
                        .count()).as(ref + " review task").isEqualTo(1);
            }
            assertThat(tally.serverErrors()).isZero();
        }
    }

    /** Runs the timer as the job executor would: a run that lost to another transaction is retried later. */
    private String fireOrLose(String timer) {
        try {
            processEngine.getManagementService().executeJob(timer);
            return "fired";
        } catch (ProcessEngineException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof OptimisticLockingException) {
                    return "retried later";
                }
            }
            throw e;
        }
    }

    // ---- helpers ----

    /** Answers {api, form}: the two requests lined up in the given order. */
    private int[] race(RaceTally tally, Order order, String ref, Callable<Integer> api,
            Callable<Integer> form) {
        switch (order) {
            case API_FIRST, FORM_FIRST -> {
                Future<Integer> first;
                Future<Integer> second;
                try (RowLock plan = RowLock.on("pmp", "reference = ?", ref)) {
                    first = tally.send(order == Order.API_FIRST ? api : form);
                    plan.awaitWaiting(1, first);
                    second = tally.send(order == Order.API_FIRST ? form : api);
                    plan.awaitWaiting(2, first, second);
                }
                int a = RaceTally.answer(first);
                int b = RaceTally.answer(second);
                return order == Order.API_FIRST ? new int[] {a, b} : new int[] {b, a};
            }
            case API_AFTER_FORM -> {
                int f = call(form);
                return new int[] {call(api), f};
            }
            default -> {
                Future<?>[] both = tally.sendTogether(api, form);
                return new int[] {(Integer) RaceTally.answer(both[0]), (Integer) RaceTally.answer(both[1])};
            }
        }
    }

    private static int call(Callable<Integer> request) {
        try {
            return request.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String planAtActionPlan(String title) {
        String ref = driver.raise("kpatel", "coventry", "Longford", ProblemType.ANTISOCIAL_BEHAVIOUR, title).getBusinessKey();
        driver.adopt("ljones", ref, "kpatel");
        driver.analyse("kpatel", ref);
        driver.setObjectives("kpatel", ref);
        return ref;
    }

    private String planInResponse(String title) {
        String ref = planAtActionPlan(title);
        driver.planResponse("kpatel", ref, "kpatel", "coventry-council-asb");
        return ref;
    }

    private String planAtAssessment(String title) {
        String ref = planInResponse(title);
        driver.finishAction("hmorris", ref + "-A01");
        driver.finishAction("kpatel", ref + "-A02");
        driver.completeResponse("kpatel", ref);
        return ref;
    }

    /** The audit trail of one field, oldest first, as "old>new". */
    private List<String> audited(String ref, String field) {
        return jdbc.queryForList("""
                select coalesce(a.old_value, '') || '>' || coalesce(a.new_value, '') from pmp_audit a join pmp p on p.id = a.pmp_id
                where p.reference = ? and a.field = ? order by a.id""", String.class, ref, field);
    }

    private int finishAction(String user, String taskId) {
        return submit(user, taskId, s("actionOutcome", "DONE") + "," + s("actionNotes", "Done as planned by " + user + "."));
    }

    private int submit(String user, String taskId, String variablesJson) {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        return code(as(user).postForEntity("/engine-rest/task/" + taskId + "/submit-form",
                new HttpEntity<>("{\"variables\": {" + variablesJson + "}}", json), String.class));
    }

    /** The status code; a 5xx's body is printed, to say what went wrong. */
    private static int code(ResponseEntity<String> answer) {
        if (answer.getStatusCode().is5xxServerError()) {
            System.out.println("RACE 5xx: " + answer.getBody());
        }
        return answer.getStatusCode().value();
    }

    private int put(String user, String path, Object body) {
        return code(as(user).exchange(path, HttpMethod.PUT, new HttpEntity<>(body), String.class));
    }

    private static String s(String name, String value) {
        return "\"" + name + "\": {\"value\": \"" + value + "\", \"type\": \"String\"}";
    }

    private static String b(String name, boolean value) {
        return "\"" + name + "\": {\"value\": " + value + ", \"type\": \"Boolean\"}";
    }

    private static String j(String name, String json) {
        return "\"" + name + "\": {\"value\": \"" + json.replace("\n", " ").replace("\"", "\\\"") + "\", \"type\": \"Json\"}";
    }
}
