package org.problemsolvinghub.rotation;

import static org.problemsolvinghub.system.FormValues.date;
import static org.problemsolvinghub.system.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Register the application": checks and saves it, and makes its reference the business key. The
 * track (a rotation, or training for overtime only) comes from the BPMN's input mapping.
 */
@Component("registerRotation")
class RegisterRotation implements JavaDelegate {

    private final Applications applications;

    RegisterRotation(Applications applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormErrors.report(() -> {
            RotationTrack track = RotationTrack.valueOf(text(execution, "track"));
            Application application = new Application(text(execution, "officer"), text(execution, "team"),
                    text(execution, "lineManager"), date(execution, "intake"), date(execution, "joinedForceOn"),
                    text(execution, "motivation"));
            Rotation rotation = applications.register(application, track, text(execution, "appliedBy"),
                    execution.getProcessInstanceId());
            execution.setProcessBusinessKey(rotation.getReference());
            execution.setVariable("officer", rotation.getOfficerId());
            execution.setVariable("officerName", rotation.getOfficerName());
            if (rotation.getIntake() != null) {
                execution.setVariable("intake", rotation.getIntake().toString());
            }
        });
    }
}
