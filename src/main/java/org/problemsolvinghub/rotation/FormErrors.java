package org.problemsolvinghub.rotation;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.problemsolvinghub.system.InvalidInputException;

/**
 * Turns the scheme's input errors (as {@link org.problemsolvinghub.system.FormErrors} does for every
 * feature) and its policy refusals into the engine's form validation error: Tasklist
 * shows it on the form, the engine's REST API answers 400, the task stays open and nothing is saved.
 * The original exception stays the cause, so the hub's API can answer with its own status.
 */
final class FormErrors {

    private FormErrors() {
    }

    static FormFieldValidationException of(InvalidInputException e) {
        return org.problemsolvinghub.system.FormErrors.of(e);
    }

    static FormFieldValidationException of(PolicyRefusedException e) {
        return new FormFieldValidationException(e.field(), e.field() + ": " + e.rule() + ": " + e.getMessage(), e);
    }

    /** Runs a step of a delegate, reporting input errors and refusals on the form. */
    static void report(Runnable step) {
        try {
            step.run();
        } catch (InvalidInputException e) {
            throw of(e);
        } catch (PolicyRefusedException e) {
            throw of(e);
        }
    }
}
