package org.problemsolvinghub.rotation;

import static org.problemsolvinghub.system.FormValues.bool;
import static org.problemsolvinghub.system.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.security.CurrentUser;
import org.springframework.stereotype.Component;

/** "Record the conversation": nothing is approved before the line manager has talked it through with the officer. */
@Component("recordConversation")
class RecordConversation implements JavaDelegate {

    private final Applications applications;
    private final CurrentUser currentUser;

    RecordConversation(Applications applications, CurrentUser currentUser) {
        this.applications = applications;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormErrors.report(() -> {
            Boolean willing = bool(execution, "officerWilling");
            applications.recordConversation(execution.getProcessBusinessKey(), bool(execution, "conversationHeld"),
                    willing, text(execution, "conversationNotes"), currentUser.id());
            // the form's radio sends "true"/"false"; the gateway after this step reads a boolean
            execution.setVariable("officerWilling", willing);
        });
    }
}
