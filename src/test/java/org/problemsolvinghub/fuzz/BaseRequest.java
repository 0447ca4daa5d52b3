package org.problemsolvinghub.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/** A valid request to one endpoint, by one user, that the mutations spoil one way at a time. */
public record BaseRequest(ApiEndpoint endpoint, String actor, Map<String, String> pathVariables,
        Map<String, String> params, JsonNode body, List<Shape> shapes) {

    public String path(Map<String, String> variables) {
        String path = endpoint.pattern();
        for (var v : variables.entrySet()) {
            path = path.replace("{" + v.getKey() + "}", Mutator.encodePath(v.getValue()));
        }
        return path;
    }

    public FuzzRequest unmutated() {
        return new FuzzRequest(endpoint.method(), path(pathVariables), Mutator.query(params),
                body == null ? null : "application/json", body == null ? null : Mutator.bytes(body), null, null);
    }

    Map<String, String> copyOfParams() {
        return new LinkedHashMap<>(params);
    }
}
