package org.problemsolvinghub.bench;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Moves a plan through its stages over the hub's REST API, each step done by the person who holds it
 * (the raising officer, the area's supervisor, the owner, the partner agency's staff), with the variables
 * Tasklist's forms submit: what {@code pmp.PlanDriver} does in the engine, done over HTTP.
 */
final class PlanSteps {

    private final String base;
    private final VolumeGenerator.AreaInfo area;
    private final Map<String, HubClient> clients = new HashMap<>();

    PlanSteps(String base, VolumeGenerator.AreaInfo area) {
        this.base = base;
        this.area = area;
    }

    private HubClient as(String user) {
        return clients.computeIfAbsent(user, u -> new HubClient(base, u, VolumeGenerator.PASSWORD));
    }

    String raise(String officer, String title) {
        ObjectNode body = HubClient.JSON.createObjectNode();
        body.put("area", area.code());
        body.put("ward", area.wards().get(0));
        body.put("source", "PACT_MEETING");
        body.put("problemType", "ANTISOCIAL_BEHAVIOUR");
        body.put("title", title);
        body.put("problemStatement", "A group gathers by the shops most evenings, drinking and shouting at passers-by.");
        body.putArray("evidence").add("PACT meeting minutes").add("Incident data: 30 calls in three months");
        return VolumeGenerator.text(as(officer).postOk("/api/pmps", body.toString()), "reference");
    }

    void adopt(String reference, String owner) {
        complete(supervisor(), reference, "Task_Triage", vars("cheersCommunity", true, "cheersHarm", true,
                "cheersRecurring", true, "harm", "SUBSTANTIAL", "frequency", "FREQUENT", "triageOutcome", "ADOPT",
                "owner", owner));
    }

    void notAPmp(String reference) {
        complete(supervisor(), reference, "Task_Triage", vars("cheersCommunity", true, "harm", "LOW",
                "frequency", "ONE_OFF", "triageOutcome", "NOT_A_PMP",
                "triageReason", "A one-off event, already dealt with by the response team."));
    }

    /** Adopted, analysed, objectives set and the response planned: one action for an agency, one for an officer. */
    void toResponse(String reference, String owner, String agency, String actionOfficer) {
        adopt(reference, owner);
        complete(owner, reference, "Task_Analysis", vars("victimTarget", "Shop staff and customers",
                "offender", "A group of older teenagers", "location", "The unlit service road behind the parade",
                "placeManager", "The parade's landlord", "dataSources", "Calls for service, PACT minutes",
                "hypothesis", "The hidden, unlit service road lets the group gather unseen after school"));
        complete(owner, reference, "Task_Objectives", vars("objectives", new Json("""
                [{"measure":"ASB calls about the parade","baselineFigure":30,"baselineFrom":"2026-01-01",
                  "baselineTo":"2026-03-31","target":10,"targetDate":"%s"}]""".formatted(day(200)))));
        complete(owner, reference, "Task_ActionPlan", vars("actions", new Json("""
                [{"tactic":"ENVIRONMENTAL_DESIGN","triangleSide":"LOCATION","description":"Light the service road",
                  "ownerType":"PARTNER","actionAgency":"%s","dueDate":"%s"},
                 {"tactic":"DIVERSION_SUPPORT","triangleSide":"OFFENDER","description":"Youth workers meet the group",
                  "ownerType":"OFFICER","actionOfficer":"%s","dueDate":"%s"}]""".formatted(agency, day(30), actionOfficer, day(45)))));
    }

    /** From the response to the library: both actions done, the response complete, assessed, signed off. */
    void close(String reference, String owner, String agency, String actionOfficer) {
        complete(VolumeGenerator.partnerStaff(agency), reference + "-A01", "Task_Action",
                vars("actionOutcome", "DONE", "actionNotes", "Done as planned."));
        complete(actionOfficer, reference + "-A02", "Task_Action",
                vars("actionOutcome", "DONE", "actionNotes", "Done as planned."));
        complete(owner, reference, "Task_Response", vars("responseComplete", true, "responseNotes", "All done."));
        complete(owner, reference, "Task_Assessment", vars(
                "objectives", new Json("[{\"afterFigure\":8,\"afterFrom\":\"2026-04-01\",\"afterTo\":\"2026-06-29\"}]"),
                "assessmentOutcome", "MET", "impact", "REDUCED", "impactFigure", 73,
                "causedByResponse", "Calls fell only after the lights went in; nearby parades did not change.",
                "displacementPlaces", true, "displacementTimes", true, "displacementFindings", "None seen.",
                "lessonsLearnt", "Lighting a hidden service road and youth outreach together moved the group on for good."));
        complete(supervisor(), reference, "Task_SignOff", vars("signOffDecision", "CLOSE"));
    }

    private String supervisor() {
        return VolumeGenerator.supervisor(area.code(), 1);
    }

    /** Finds the task as its holder would and completes it with typed variables. */
    private void complete(String user, String businessKey, String taskKey, Map<String, Object> variables) {
        HubClient client = as(user);
        JsonNode tasks = client.getOk("/engine-rest/task?processInstanceBusinessKey=" + businessKey
                + "&taskDefinitionKey=" + taskKey + "&firstResult=0&maxResults=5");
        if (tasks.size() != 1) {
            throw new IllegalStateException(user + " sees " + tasks.size() + " " + taskKey + " tasks of " + businessKey);
        }
        ObjectNode body = HubClient.JSON.createObjectNode();
        ObjectNode vars = body.putObject("variables");
        variables.forEach((name, value) -> {
            ObjectNode v = vars.putObject(name);
            if (value instanceof Json json) {
                v.put("value", json.text());
                v.put("type", "Json");
            } else if (value instanceof Boolean b) {
                v.put("value", b);
                v.put("type", "Boolean");
            } else if (value instanceof Integer n) {
                v.put("value", n);
                v.put("type", "Integer");
            } else {
                v.put("value", value.toString());
                v.put("type", "String");
            }
        });
        client.postOk("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete", body.toString());
    }

    record Json(String text) {
    }

    private static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            vars.put((String) pairs[i], pairs[i + 1]);
        }
        return vars;
    }

    private static String day(int daysFromToday) {
        return LocalDate.now().plusDays(daysFromToday).toString();
    }
}
