package org.problemsolvinghub.pmp;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Checks the triage form as the supervisor completes it: an owner from the area's officers for
 * "adopt", a reason for "not a PMP", an existing plan for "duplicate", an agency of the area for
 * "partner-led". A bad decision keeps the task open with the message on the form.
 */
@Component("triageDecisionCheck")
class TriageDecisionCheck implements TaskListener {

    private final PmpService pmps;

    TriageDecisionCheck(PmpService pmps) {
        this.pmps = pmps;
    }

    @Override
    public void notify(DelegateTask task) {
        try {
            pmps.checkTriage(task.getExecution().getProcessBusinessKey(), decision(task));
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
