package org.problemsolvinghub.learning;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;

import jakarta.validation.Validator;

import org.problemsolvinghub.system.HubClock;
import org.problemsolvinghub.system.InvalidInputException;
import org.problemsolvinghub.system.InvalidInputException.FieldProblem;

/**
 * Reading and checking what people submit, the same way whether it came from a Camunda Form or the API:
 * every fault is an {@link InvalidInputException} naming the field. Dates are the force's.
 */
public final class LearningInput {

    private LearningInput() {
    }

    /** Today in the force's time zone, by the hub's clock (which tests move). */
    public static LocalDate today() {
        return HubClock.now().atZone(LearningConfiguration.FORCE_TIME_ZONE).toLocalDate();
    }

    /** A date as YYYY-MM-DD (Camunda Forms' date field); a full timestamp is cut to its date. */
    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "give a date (YYYY-MM-DD)");
        }
        String t = text.strip();
        try {
            return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    public static LocalTime time(String field, String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeException | NullPointerException e) {
            throw new InvalidInputException(field, "give the time as HH:MM, e.g. 10:00");
        }
    }

    /** Bean Validation, answered as one 400 listing each field at fault. */
    public static void check(Validator validator, Object request) {
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldProblem::field)).toList());
        }
    }
}
