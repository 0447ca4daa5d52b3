package org.problemsolvinghub.rotation;

import static org.problemsolvinghub.system.FormValues.bool;
import static org.problemsolvinghub.system.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.security.CurrentUser;
import org.springframework.stereotype.Component;

/** "Record the release": the line manager releases the officer from response duty, or refuses with a reason. */
@Component("recordRelease")
class RecordRelease implements JavaDelegate {

    private final Applications applications;
    private final CurrentUser currentUser;

    RecordRelease(Applications applications, CurrentUser currentUser) {
        this.applications = applications;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormErrors.report(() -> {
            String decision = text(execution, "releaseDecision");
            applications.recordRelease(execution.getProcessBusinessKey(), decision, text(execution, "releaseReason"),
                    bool(execution, "workloadHandedOver"), currentUser.id());
            if ("REFUSE".equals(decision)) {
                Told.refusal(execution, "LINE_MANAGER_REFUSED", text(execution, "releaseReason"));
            }
        });
    }
}
