package org.problemsolvinghub.reliability;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.problemsolvinghub.system.HubClock;

/**
 * What the drills do through the hub's REST API, as its users would: the demo force's Coventry officer
 * adds actions to her plan, the administrator creates officers, the engine's REST API completes tasks.
 */
final class DrillSteps {

    /** Camunda REST's date format. */
    static final DateTimeFormatter ENGINE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    static final String OWNER = "kpatel";
    static final String PASSWORD = "demo";

    private DrillSteps() {
    }

    /** The demo force's Coventry plan in its response (Edgwick Park), owned by kpatel. */
    static String planInResponse(HubClient owner) throws IOException, InterruptedException {
        JsonNode items = owner.get("/api/pmps?area=coventry&stage=RESPONSE&owner=" + OWNER).expect(200).json().path("items");
        if (items.isEmpty()) {
            throw new IllegalStateException("no Coventry plan in its response: is the demo force loaded?");
        }
        return items.get(0).path("reference").asText();
    }

    /**
     * Adds {@code count} actions owned by kpatel, due today, in batches of 50 (the API's most per request);
     * returns their references (the business keys of their pmp-action processes).
     */
    static List<String> addActions(HubClient owner, String plan, int count, String what) throws IOException, InterruptedException {
        List<String> added = new ArrayList<>();
        LocalDate today = HubClock.today();
        int done = 0;
        while (done < count) {
            JsonNode view = owner.get("/api/pmps/" + plan).expect(200).json();
            List<String> before = references(view);
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int i = 0; i < Math.min(50, count - done); i++) {
                Map<String, Object> action = new LinkedHashMap<>();
                action.put("tactic", "TARGET_HARDENING");
                action.put("triangleSide", "LOCATION");
                action.put("description", what + " " + (done + i + 1));
                action.put("ownerType", "OFFICER");
                action.put("actionOfficer", OWNER);
                action.put("dueDate", today.toString());
                batch.add(action);
            }
            JsonNode after = owner.post("/api/pmps/" + plan + "/actions",
                    Map.of("version", view.path("version").asLong(), "actions", batch)).expect(201).json();
            references(after).stream().filter(r -> !before.contains(r)).forEach(added::add);
            done += batch.size();
        }
        return added;
    }

    private static List<String> references(JsonNode view) {
        List<String> refs = new ArrayList<>();
        view.path("actions").forEach(a -> refs.add(a.path("reference").asText()));
        return refs;
    }

    /** Creates an officer of Coventry with password demo, through the engine's REST API as the administrator. */
    static void createOfficer(HubClient admin, String id) throws IOException, InterruptedException {
        admin.post("/engine-rest/user/create", Map.of(
                "profile", Map.of("id", id, "firstName", "Drill", "lastName", "Officer " + id, "email", id + "@example.org"),
                "credentials", Map.of("password", PASSWORD))).expect(204);
        admin.put("/engine-rest/group/officers/members/" + id, "").expect(204);
        admin.put("/engine-rest/group/officers-coventry/members/" + id, "").expect(204);
    }

    /** The one open task of that definition key in the process with that business key, or null. */
    static String taskId(HubClient user, String businessKey, String taskKey) throws IOException, InterruptedException {
        JsonNode tasks = user.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey="
                + taskKey + "&maxResults=2").expect(200).json();
        if (tasks.size() > 1) {
            throw new IllegalStateException(businessKey + " has " + tasks.size() + " open " + taskKey);
        }
        return tasks.isEmpty() ? null : tasks.get(0).path("id").asText();
    }

    /** A task completion as Tasklist sends it: typed variables. */
    static Map<String, Object> variables(Object... pairs) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            variables.put((String) pairs[i], Map.of("value", pairs[i + 1]));
        }
        return Map.of("variables", variables);
    }

    static Map<String, Object> actionDone() {
        return variables("actionOutcome", "DONE", "actionNotes", "Done as planned (drill).");
    }

    static String engineDate(ZonedDateTime at) {
        return at.format(ENGINE_DATE);
    }

    /** SQL list of quoted values. */
    static String in(List<String> values) {
        return String.join(",", values.stream().map(v -> "'" + v.replace("'", "''") + "'").toList());
    }
}
