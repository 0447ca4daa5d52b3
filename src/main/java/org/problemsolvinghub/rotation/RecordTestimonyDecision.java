package org.problemsolvinghub.rotation;

import static org.problemsolvinghub.system.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.security.CurrentUser;
import org.springframework.stereotype.Component;

/** "Record the decision on the testimony": approved testimonies are listed for the whole force. */
@Component("recordTestimonyDecision")
class RecordTestimonyDecision implements JavaDelegate {

    private final RotationLifecycle lifecycle;
    private final CurrentUser currentUser;

    RecordTestimonyDecision(RotationLifecycle lifecycle, CurrentUser currentUser) {
        this.lifecycle = lifecycle;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormErrors.report(() -> lifecycle.decideTestimony(execution.getProcessBusinessKey(),
                text(execution, "testimonyDecision"), text(execution, "testimonyReason"), currentUser.id()));
    }
}
