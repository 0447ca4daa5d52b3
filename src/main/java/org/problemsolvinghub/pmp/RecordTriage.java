package org.problemsolvinghub.pmp;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * "Record the triage decision", with the priority the DMN table gave. It runs in the transaction that
 * completes the triage task, so a bad decision (an owner from another area, a duplicate of nothing)
 * rolls the completion back: the task stays open and the form shows the message.
 */
@Component("recordTriage")
class RecordTriage implements JavaDelegate {

    private final PmpService pmps;

    RecordTriage(PmpService pmps) {
        this.pmps = pmps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            pmps.recordTriage(execution.getProcessBusinessKey(), decision(execution),
                    (String) execution.getVariable("priority"));
        } catch (InvalidInputException e) {
            throw FormErrors.of(e);
        }
    }

    static TriageDecision decision(VariableScope scope) {
        return new TriageDecision(
                (Boolean) scope.getVariable("cheersCommunity"), (Boolean) scope.getVariable("cheersHarm"),
                (Boolean) scope.getVariable("cheersExpectation"), (Boolean) scope.getVariable("cheersEvents"),
                (Boolean) scope.getVariable("cheersRecurring"), (Boolean) scope.getVariable("cheersSimilarity"),
                (String) scope.getVariable("harm"), (String) scope.getVariable("frequency"),
                outcome((String) scope.getVariable("triageOutcome")),
                (String) scope.getVariable("owner"), (String) scope.getVariable("triageReason"),
                (String) scope.getVariable("duplicateOf"), (String) scope.getVariable("partnerAgency"),
                (String) scope.getVariable("triageNotes"));
    }

    private static TriageOutcome outcome(String value) {
        if (value == null) {
            return null;
        }
        try {
            return TriageOutcome.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("triageOutcome", "unknown outcome '" + value + "'");
        }
    }
}
