package org.problemsolvinghub.rotation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the eligibility table's answer (eligible, refusalRule, refusalReason) on the application. */
@Component("recordEligibility")
class RecordEligibility implements JavaDelegate {

    private final Applications applications;

    RecordEligibility(Applications applications) {
        this.applications = applications;
    }

    @Override
    public void execute(DelegateExecution execution) {
        applications.recordEligibility(execution.getProcessBusinessKey(),
                Boolean.TRUE.equals(execution.getVariable("eligible")),
                (String) execution.getVariable("refusalRule"), (String) execution.getVariable("refusalReason"));
    }
}
