package org.problemsolvinghub.system;

import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Reads what a Camunda Form submitted. Lists (objectives, actions) arrive as Json variables; their
 * items become the same records the API takes, so both paths share one set of rules.
 */
public final class FormValues {

    /** Forms send their own keys beside the fields we read (and blank strings for hidden fields). */
    private static final ObjectMapper FORM_JSON = JsonMapper.builder().findAndAddModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT, true)
            .build();

    private FormValues() {
    }

    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    public static boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    public static <T> List<T> list(VariableScope scope, String name, Class<T> itemType) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return List.of();
        }
        JavaType type = FORM_JSON.getTypeFactory().constructCollectionType(List.class, itemType);
        try {
            return FORM_JSON.readValue(value.toString(), type);
        } catch (JsonMappingException e) {
            String path = e.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce(name, String::concat);
            throw new InvalidInputException(path, "has the wrong type or an unknown value");
        } catch (Exception e) {
            throw new InvalidInputException(name, "is not a readable list");
        }
    }

    public static <E extends Enum<E>> E choice(VariableScope scope, String name, Class<E> type) {
        String value = text(scope, name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "unknown value '" + value + "'");
        }
    }

    public static String toJson(Object value) {
        try {
            return FORM_JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
