package org.problemsolvinghub.pmp;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record the triage decision", with the priority the DMN table gave. */
@Component("recordTriage")
class RecordTriage implements JavaDelegate {

    private final PmpService pmps;

    RecordTriage(PmpService pmps) {
        this.pmps = pmps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        pmps.recordTriage(execution.getProcessBusinessKey(), TriageDecisionCheck.decision(execution),
                (String) execution.getVariable("priority"));
    }
}
