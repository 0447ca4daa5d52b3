package org.problemsolvinghub.rotation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.problemsolvinghub.system.InvalidInputException;

/** Reads what a Camunda Form submitted: dates come as "2027-01-04", numbers as any Number or text. */
final class FormValues {

    private FormValues() {
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        return text.isEmpty() ? null : text;
    }

    static Boolean bool(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        return Boolean.valueOf(value.toString());
    }

    static LocalDate date(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return LocalDate.ofInstant(date.toInstant(), RotationCalendar.FORCE_TIME_ZONE);
        }
        String text = value.toString().strip();
        try {
            // a date field may send a full timestamp; its date part is the day meant
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "give a date as yyyy-mm-dd, not '" + text + "'");
        }
    }

    static Long number(VariableScope scope, String name) {
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
}
