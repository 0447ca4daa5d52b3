package org.problemsolvinghub.pmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.jayway.jsonpath.JsonPath;

/**
 * One plan from raise to closure through HTTP only, as Tasklist and API clients drive it: raised with
 * {@code POST /api/pmps}, every task found and submitted through the engine's REST API by the user
 * who holds it, with the variables its Camunda Form sends (lists as Json).
 */
class PmpRestJourneyTest extends HubTest {

    private String taskId(String user, String businessKey, String taskKey) {
        String tasks = as(user).getForObject("/engine-rest/task?processInstanceBusinessKey=" + businessKey
                + "&taskDefinitionKey=" + taskKey + "&maxResults=5", String.class);
        List<String> ids = JsonPath.read(tasks, "$[*].id");
        assertThat(ids).as(user + " sees " + taskKey + " of " + businessKey).hasSize(1);
        return ids.get(0);
    }

    private void submit(String user, String businessKey, String taskKey, String variablesJson) {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = as(user).postForEntity("/engine-rest/task/" + taskId(user, businessKey, taskKey)
                + "/submit-form", new HttpEntity<>("{\"variables\": {" + variablesJson + "}}", json), String.class);
        assertThat(answer.getStatusCode()).as(taskKey + ": " + answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private static String s(String name, String value) {
        return "\"" + name + "\": {\"value\": \"" + value + "\", \"type\": \"String\"}";
    }

    private static String b(String name, boolean value) {
        return "\"" + name + "\": {\"value\": " + value + ", \"type\": \"Boolean\"}";
    }

    private static String j(String name, String json) {
        return "\"" + name + "\": {\"value\": \"" + json.replace("\"", "\\\"") + "\", \"type\": \"Json\"}";
    }

    @Test
    void aPlanRunsFromRaiseToClosureOverHttp() {
        long started = System.nanoTime();
        ResponseEntity<String> raised = as("kpatel").postForEntity("/api/pmps", Map.of("area", "coventry", "ward", "Lower Stoke",
                "source", "PARTNER_REFERRAL", "problemType", "ANTISOCIAL_BEHAVIOUR", "title", "Nuisance at Lower Stoke flats",
                "problemStatement", "Residents of the Lower Stoke flats suffer noise and intimidation in the stairwells most nights.",
                "evidence", List.of("Housing officer's referral", "Incident data: 25 calls in three months")), String.class);
        assertThat(raised.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String ref = JsonPath.read(raised.getBody(), "$.reference");

        submit("ljones", ref, "Task_Triage", String.join(",", b("cheersCommunity", true), b("cheersHarm", true),
                s("harm", "MODERATE"), s("frequency", "PERSISTENT"), s("triageOutcome", "ADOPT"), s("owner", "kpatel")));
        submit("kpatel", ref, "Task_Analysis", String.join(",", s("victimTarget", "Residents"), s("offender", "Non-residents"),
                s("location", "Unlocked stairwells"), s("dataSources", "Calls, housing logs"),
                s("hypothesis", "A broken door entry lets outsiders use the stairwells"), b("askAnalyst", false)));
        submit("kpatel", ref, "Task_Objectives", j("objectives", """
                [{"measure":"Calls about the flats","baselineFigure":25,"baselineFrom":"2026-06-01","baselineTo":"2026-08-31",\
                "target":8,"targetDate":"2027-09-30"}]"""));
        submit("kpatel", ref, "Task_ActionPlan", j("actions", """
                [{"tactic":"TARGET_HARDENING","triangleSide":"LOCATION","description":"Repair the door entry system",\
                "ownerType":"PARTNER","actionAgency":"citizen-housing","dueDate":"%s"}]""".formatted(PlanDriver.day(20))));
        // The agency's action shows in no other partner's Tasklist.
        assertThat((List<?>) JsonPath.read(as("hmorris").getForObject("/engine-rest/task?processInstanceBusinessKeyLike="
                + ref + "%25&maxResults=10", String.class), "$")).isEmpty();
        submit("demo", ref + "-A01", "Task_Action", String.join(",", s("actionOutcome", "DONE"), s("actionNotes", "New door entry fitted.")));
        submit("kpatel", ref, "Task_Response", b("responseComplete", true));
        submit("kpatel", ref, "Task_Assessment", String.join(",",
                j("objectives", "[{\"afterFigure\":5,\"afterFrom\":\"2027-06-01\",\"afterTo\":\"2027-08-31\"}]"),
                s("assessmentOutcome", "MET"), s("impact", "REDUCED"), "\"impactFigure\": {\"value\": 80, \"type\": \"Integer\"}",
                s("causedByResponse", "Calls fell the week the door was fixed; nothing else changed."),
                b("displacementPlaces", true), s("lessonsLearnt", "Fix the door entry first: it did more than any patrol plan had.")));
        submit("ljones", ref, "Task_SignOff", s("signOffDecision", "CLOSE"));

        String plan = as("kpatel").getForObject("/api/pmps/" + ref, String.class);
        assertThat((String) JsonPath.read(plan, "$.stage")).isEqualTo("CLOSED");
        System.out.printf("PMP raise to closure over HTTP (REST API, 9 requests + lookups): %d ms%n",
                (System.nanoTime() - started) / 1_000_000);
    }
}
