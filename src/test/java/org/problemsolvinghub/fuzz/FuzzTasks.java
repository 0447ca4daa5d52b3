package org.problemsolvinghub.fuzz;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The tasks the fuzzer completes: every user task of a plan's SARA cycle (triage to sign-off, and an
 * action), and a rotation's open conversation, each with the variables its Camunda Form submits and a
 * way to open a new one of its kind (a new plan driven to that stage; a new officer's application).
 */
public final class FuzzTasks {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ProcessEngine engine;
    private final FuzzFixtures fixtures;
    private final HubClient client;
    private final AtomicInteger officers = new AtomicInteger();

    public FuzzTasks(ProcessEngine engine, FuzzFixtures fixtures, HubClient client) {
        this.engine = engine;
        this.fixtures = fixtures;
        this.client = client;
    }

    public List<TaskFuzzer.TaskKind> all() {
        String past = LocalDate.now().minusDays(120).toString();
        String recent = LocalDate.now().minusDays(30).toString();
        String ahead = LocalDate.now().plusDays(60).toString();
        return List.of(
                plan("Task_Triage", "raised", FuzzFixtures.SUPERVISOR, """
                        {"cheersCommunity": true, "cheersHarm": true, "cheersRecurring": true, "harm": "SUBSTANTIAL",
                         "frequency": "FREQUENT", "triageOutcome": "ADOPT", "owner": "%s"}""".formatted(FuzzFixtures.OFFICER)),
                plan("Task_Analysis", "analysis", FuzzFixtures.OFFICER, """
                        {"victimTarget": "Families using the park", "offender": "A group of older teenagers",
                         "location": "The unlit corner by the play area", "placeManager": "Council parks team",
                         "dataSources": "Calls for service, PACT minutes",
                         "hypothesis": "The unlit, hidden corner lets the group gather unseen after school"}"""),
                plan("Task_Objectives", "objectives", FuzzFixtures.OFFICER, """
                        {"objectives": [{"measure": "ASB calls about the park", "baselineFigure": 30, "baselineFrom": "%s",
                          "baselineTo": "%s", "target": 10, "targetDate": "%s"}]}""".formatted(past, recent, ahead)),
                plan("Task_ActionPlan", "actionplan", FuzzFixtures.OFFICER, """
                        {"actions": [{"tactic": "ENVIRONMENTAL_DESIGN", "triangleSide": "LOCATION",
                          "description": "Light the corner", "ownerType": "PARTNER", "actionAgency": "coventry-council-asb",
                          "dueDate": "%s"},
                         {"tactic": "DIVERSION_SUPPORT", "triangleSide": "OFFENDER", "description": "Youth workers meet the group",
                          "ownerType": "OFFICER", "actionOfficer": "%s", "dueDate": "%s"}]}"""
                        .formatted(ahead, FuzzFixtures.OFFICER, ahead)),
                new TaskFuzzer.TaskKind("Task_Action", FuzzFixtures.OFFICER, () -> {
                    String ref = fixtures.planUpTo("response");
                    return taskOf(ref + "-A02", "Task_Action");
                }, json("{\"actionOutcome\": \"DONE\", \"actionNotes\": \"Done as planned.\"}"), Set.of()),
                plan("Task_Response", "actionsdone", FuzzFixtures.OFFICER,
                        "{\"responseComplete\": true, \"responseNotes\": \"All done.\"}"),
                plan("Task_Assessment", "assessment", FuzzFixtures.OFFICER, """
                        {"objectives": [{"afterFigure": 8, "afterFrom": "%s", "afterTo": "%s"}], "assessmentOutcome": "MET",
                         "impact": "REDUCED", "impactFigure": 73,
                         "causedByResponse": "Calls fell only after the lights went in; nearby parks did not change.",
                         "displacementPlaces": true, "displacementTimes": true, "displacementFindings": "None seen.",
                         "lessonsLearnt": "Lighting a hidden corner and youth outreach together moved the group on for good."}"""
                        .formatted(recent, LocalDate.now().toString())),
                plan("Task_SignOff", "signoff", FuzzFixtures.SUPERVISOR,
                        "{\"signOffDecision\": \"CLOSE\", \"signOffComment\": \"Well evidenced.\"}"),
                new TaskFuzzer.TaskKind("rotation conversation", FuzzFixtures.RESPONSE_SUPERVISOR, this::rotationConversation,
                        json("{\"conversationHeld\": true, \"conversationNotes\": \"Talked it through.\", \"officerWilling\": true}"),
                        Set.of()));
    }

    private TaskFuzzer.TaskKind plan(String taskKey, String stage, String actor, String variables) {
        ObjectNode vars = json(variables);
        Set<String> jsonVars = Set.of("objectives", "actions");
        return new TaskFuzzer.TaskKind(taskKey, actor, () -> taskOf(fixtures.planUpTo(stage), taskKey), vars, jsonVars);
    }

    /** A new officer applies through the API; their line manager's team then holds the open conversation. */
    private String rotationConversation() {
        String officer = fixtures.newOfficer(officers.incrementAndGet());
        String intake = fixtures.value("POST /api/rotations", "intake", Kind.DATE).map(n -> n.asText()).orElseThrow();
        String body = """
                {"team": "coventry-response-a", "lineManager": "dwhite", "intake": "%s", "joinedForceOn": "%s"}"""
                .formatted(intake, LocalDate.now().minusYears(5));
        HubClient.Answer applied = client.send(officer, FuzzFixtures.PASSWORD, new FuzzRequest("POST", "/api/rotations", "",
                "application/json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8), null, null));
        try {
            String reference = MAPPER.readTree(applied.body()).get("reference").asText();
            return taskOf(reference, null);
        } catch (Exception e) {
            throw new IllegalStateException("No rotation application for " + officer + ": " + applied, e);
        }
    }

    private String taskOf(String businessKey, String taskKey) {
        var query = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey);
        if (taskKey != null) {
            query.taskDefinitionKey(taskKey);
        }
        List<Task> tasks = query.list();
        if (tasks.isEmpty()) {
            throw new IllegalStateException("No open task " + taskKey + " for " + businessKey);
        }
        return tasks.get(0).getId();
    }

    private static ObjectNode json(String text) {
        try {
            return (ObjectNode) MAPPER.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
