package org.problemsolvinghub.system;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Turns the hub's input errors into the engine's form validation error, which Tasklist shows on the
 * form and the engine's REST API answers with 400; the task stays open and nothing is saved.
 */
public final class FormErrors {

    private FormErrors() {
    }

    public static FormFieldValidationException of(InvalidInputException e) {
        var first = e.problems().get(0);
        return new FormFieldValidationException(first.field(), e.getMessage(), e);
    }
}
