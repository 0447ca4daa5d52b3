package org.problemsolvinghub.rotation;

import static org.problemsolvinghub.system.FormValues.date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.security.CurrentUser;
import org.springframework.stereotype.Component;

/** "Record the booking" of the 999 course and the systems training. */
@Component("bookTraining")
class BookTraining implements JavaDelegate {

    private final Training training;
    private final CurrentUser currentUser;

    BookTraining(Training training, CurrentUser currentUser) {
        this.training = training;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormErrors.report(() -> {
            TrainingAttempt attempt = training.book(execution.getProcessBusinessKey(), date(execution, "courseStartsOn"),
                    date(execution, "systemsTrainingOn"), currentUser.id());
            execution.setVariable("attempt", (long) attempt.getAttempt());
        });
    }
}
