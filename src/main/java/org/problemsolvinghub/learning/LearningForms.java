package org.problemsolvinghub.learning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.problemsolvinghub.system.FormErrors;
import org.problemsolvinghub.system.FormValues;
import org.problemsolvinghub.system.InvalidInputException;
import org.camunda.spin.json.SpinJsonNode;

/**
 * What learning's delegates share: reading form answers, and turning the hub's input errors into the
 * engine's form validation error, which Tasklist shows on the form and the engine's REST API answers
 * with 400 naming the field; the task stays open and nothing is saved.
 */
public final class LearningForms {

    private LearningForms() {
    }

    public static FormFieldValidationException error(InvalidInputException e) {
        return FormErrors.of(e);
    }

    public static String text(VariableScope scope, String name) {
        return FormValues.text(scope, name);
    }

    /** A whole number from a form's number field (which may arrive as a Long, a Double or text). */
    public static Integer number(VariableScope scope, String name) {
        Long value = FormValues.number(scope, name);
        return value == null ? null : Math.toIntExact(value);
    }

    /**
     * A list of values: a Camunda Forms checklist submits a JSON array; an API client may send text,
     * one value per line or comma. No Java-serialized lists are involved either way.
     */
    public static List<String> list(VariableScope scope, String name) {
        TypedValue typed = scope.getVariableTyped(name);
        Object value = typed == null ? null : typed.getValue();
        List<String> values = new ArrayList<>();
        if (value instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(e -> values.add(e.isString() ? e.stringValue() : e.toString()));
        } else if (value instanceof Collection<?> collection) {
            collection.forEach(v -> values.add(String.valueOf(v)));
        } else if (value != null) {
            values.addAll(Arrays.asList(value.toString().split("[,\\n\\r]+")));
        }
        return values.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    public static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
