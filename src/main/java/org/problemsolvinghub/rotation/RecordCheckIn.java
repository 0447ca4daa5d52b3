package org.problemsolvinghub.rotation;

import static org.problemsolvinghub.system.FormValues.date;
import static org.problemsolvinghub.system.FormValues.number;
import static org.problemsolvinghub.system.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * "Record the check-in", and apply an extension or early end agreed there. A change beyond the policy
 * or the cap keeps the task open with the refusing rule on the form.
 */
@Component("recordCheckIn")
class RecordCheckIn implements JavaDelegate {

    private final RotationLifecycle lifecycle;
    private final CurrentUser currentUser;

    RecordCheckIn(RotationLifecycle lifecycle, CurrentUser currentUser) {
        this.lifecycle = lifecycle;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormErrors.report(() -> lifecycle.checkIn(execution.getProcessBusinessKey(), text(execution, "checkInNotes"),
                text(execution, "change"), number(execution, "extensionMonths"), date(execution, "endsEarlyOn"),
                text(execution, "endReason"), text(execution, "changeReason"), currentUser.id()));
    }
}
