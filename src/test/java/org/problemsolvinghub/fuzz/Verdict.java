package org.problemsolvinghub.fuzz;

import java.util.Collection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What one answer to a spoiled request says, against issue #9's targets: never a 5xx (nor a dropped
 * connection); a 400 names the field at fault (the hub's problem details {@code errors[].field}, or for the
 * engine's REST API its JSON error naming the variable); any other 4xx still says what is wrong.
 */
public enum Verdict {
    ACCEPTED, NAMED, EXPLAINED, SERVER_ERROR, NO_ANSWER, UNNAMED, UNEXPLAINED, HALF_STORED;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public boolean failed() {
        return this == SERVER_ERROR || this == NO_ANSWER || this == UNNAMED || this == UNEXPLAINED || this == HALF_STORED;
    }

    /** @param variables for the engine's REST API: the names a 400 may name (the task's variables) */
    public static Verdict of(HubClient.Answer answer, boolean engineRest, Collection<String> variables) {
        int status = answer.status();
        if (status == 0) {
            return NO_ANSWER;
        }
        if (status >= 500) {
            return SERVER_ERROR;
        }
        if (status < 400) {
            return ACCEPTED;
        }
        JsonNode json = parse(answer.body());
        if (status == 400) {
            JsonNode errors = json == null ? null : json.get("errors");
            if (engineRest) {
                String message = text(json, "message");
                if (message != null && variables.stream().anyMatch(message::contains)) {
                    return NAMED;
                }
                // Refused before the engine (an address the firewall turns away, e.g. a task id with %00): the hub's
                // problem details name the path as the field at fault.
                if (errors == null || !errors.isArray() || errors.isEmpty()) {
                    return UNNAMED;
                }
            }
            if (errors != null && errors.isArray() && !errors.isEmpty()) {
                for (JsonNode error : errors) {
                    if (text(error, "field") == null || text(error, "message") == null) {
                        return UNNAMED;
                    }
                }
                return NAMED;
            }
            return UNNAMED;
        }
        String said = engineRest ? text(json, "message") : text(json, "detail");
        if (said == null && json != null) {
            said = text(json, engineRest ? "detail" : "message");
        }
        return said != null ? EXPLAINED : UNEXPLAINED;
    }

    /** The fields a 400 named, for the report (empty when none). */
    public static java.util.List<String> namedFields(HubClient.Answer answer) {
        JsonNode json = parse(answer.body());
        JsonNode errors = json == null ? null : json.get("errors");
        if (errors == null || !errors.isArray()) {
            return java.util.List.of();
        }
        java.util.List<String> fields = new java.util.ArrayList<>();
        errors.forEach(e -> {
            if (text(e, "field") != null) {
                fields.add(text(e, "field"));
            }
        });
        return fields;
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : MAPPER.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }

    private static String text(JsonNode json, String name) {
        JsonNode node = json == null ? null : json.get(name);
        return node == null || !node.isTextual() || node.textValue().isBlank() ? null : node.textValue();
    }
}
