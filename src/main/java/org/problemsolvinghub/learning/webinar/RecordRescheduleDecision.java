package org.problemsolvinghub.learning.webinar;

import static org.problemsolvinghub.learning.LearningForms.text;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.learning.LearningForms;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * "Record the decision" after a cancellation: a new date (registrations are kept, and the session
 * waits for its new date) or called off for good.
 */
@Component("recordRescheduleDecision")
class RecordRescheduleDecision implements JavaDelegate {

    private final WebinarService webinars;

    RecordRescheduleDecision(WebinarService webinars) {
        this.webinars = webinars;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            var startsAt = webinars.decideAfterCancel(execution.getProcessBusinessKey(),
                    text(execution, "rescheduleDecision"), text(execution, "newDate"), text(execution, "newTime"));
            execution.setVariable("rescheduled", startsAt.isPresent());
            startsAt.ifPresent(at -> execution.setVariable("sessionDate", Date.from(at)));
        } catch (InvalidInputException e) {
            throw LearningForms.error(e);
        }
    }
}
