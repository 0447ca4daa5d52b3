package org.problemsolvinghub.pmp;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.problemsolvinghub.system.InvalidInputException;

/**
 * Turns the hub's input errors into the engine's form validation error, which Tasklist shows on the
 * form and the engine's REST API answers with 400; the task stays open and nothing is saved.
 */
final class FormErrors {

    private FormErrors() {
    }

    static FormFieldValidationException of(InvalidInputException e) {
        var first = e.problems().get(0);
        return new FormFieldValidationException(first.field(), e.getMessage(), e);
    }
}
