package org.problemsolvinghub.rotation;

import static org.problemsolvinghub.system.FormValues.bool;
import static org.problemsolvinghub.system.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.security.CurrentUser;
import org.springframework.stereotype.Component;

/** "Record the training result": sets {@code trained}; if false the training is booked again (a retake). */
@Component("recordTrainingResult")
class RecordTrainingResult implements JavaDelegate {

    private final Training training;
    private final CurrentUser currentUser;

    RecordTrainingResult(Training training, CurrentUser currentUser) {
        this.training = training;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormErrors.report(() -> execution.setVariable("trained", training.recordResult(
                execution.getProcessBusinessKey(), text(execution, "courseResult"),
                bool(execution, "systemsTrainingCompleted"), text(execution, "resultNotes"), currentUser.id())));
    }
}
