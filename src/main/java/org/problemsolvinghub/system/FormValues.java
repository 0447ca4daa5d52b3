package org.problemsolvinghub.system;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
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
            .addModule(PlausibleDates.module())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .configure(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT, true)
            .build();

    private FormValues() {
    }

    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** A yes/no answer, or null when the form did not send one. */
    public static Boolean bool(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        return Boolean.valueOf(value.toString());
    }

    /** A date field's day: forms send "2027-01-04" (or a full timestamp, whose date part is the day meant). */
    public static LocalDate date(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        LocalDate date;
        if (value instanceof Date day) {
            date = LocalDate.ofInstant(day.toInstant(), HubClock.ZONE);
        } else {
            String text = value.toString().strip();
            try {
                date = LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException(name, "give a date as yyyy-mm-dd, not '" + text + "'");
            }
        }
        if (!PlausibleDates.plausible(date)) {
            throw new InvalidInputException(name, PlausibleDates.MESSAGE);
        }
        return date;
    }

    /** A whole number from a number field, which may arrive as a Long, a Double or text. */
    public static Long number(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Number n) {
            if (n.doubleValue() != Math.rint(n.doubleValue())) {
                throw new InvalidInputException(name, "give a whole number");
            }
            return n.longValue();
        }
        try {
            return Long.valueOf(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "give a whole number, not '" + value + "'");
        }
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
        E choice;
        try {
            choice = Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "unknown value '" + value + "'");
        }
        // Gateways route on the variable itself: "ADOPT " read as ADOPT here would match no flow there (the
        // fuzzing drill's triageOutcome), so the variable is set to the value as read, as the form set it.
        if (!choice.name().equals(scope.getVariable(name))) {
            TransientFormAnswers.setAnswer(scope, name, choice.name());
        }
        return choice;
    }

    public static String toJson(Object value) {
        try {
            return FORM_JSON.writeValueAsString(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
