package org.problemsolvinghub.rotation;

import static org.problemsolvinghub.system.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Training-only path: the public contact manager's decision; sets {@code accepted}. */
@Component("recordOvertimeAcceptance")
class RecordOvertimeAcceptance implements JavaDelegate {

    private final Applications applications;
    private final CurrentUser currentUser;

    RecordOvertimeAcceptance(Applications applications, CurrentUser currentUser) {
        this.applications = applications;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormErrors.report(() -> {
            boolean accepted = applications.recordOvertimeAcceptance(execution.getProcessBusinessKey(),
                    text(execution, "acceptanceDecision"), text(execution, "acceptanceReason"), currentUser.id());
            execution.setVariable("accepted", accepted);
            if (!accepted) {
                Told.refusal(execution, "PUBLIC_CONTACT_MANAGER_REFUSED", text(execution, "acceptanceReason"));
            }
        });
    }
}
