package org.problemsolvinghub.rotation;

import static org.problemsolvinghub.system.FormValues.date;
import static org.problemsolvinghub.system.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * "Accept against the cap": runs in the transaction that completes the public contact manager's
 * task, so the scheme's lock is held until that completion commits. Sets {@code placement} to
 * PLACED or WAITING for the gateway after it.
 */
@Component("acceptAgainstCap")
class AcceptAgainstCap implements JavaDelegate {

    private final Applications applications;
    private final CurrentUser currentUser;

    AcceptAgainstCap(Applications applications, CurrentUser currentUser) {
        this.applications = applications;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormErrors.report(() -> {
            String decision = text(execution, "acceptanceDecision");
            Places.Placement placement = applications.recordAcceptance(execution.getProcessBusinessKey(), decision,
                    text(execution, "acceptanceReason"), date(execution, "intake"), currentUser.id());
            if (placement == null) {
                Told.refusal(execution, "PUBLIC_CONTACT_MANAGER_REFUSED", text(execution, "acceptanceReason"));
                execution.setVariable("placement", "REFUSED");
            } else {
                execution.setVariable("placement", placement.name());
                execution.setVariable("intake", date(execution, "intake").toString());
            }
        });
    }
}
