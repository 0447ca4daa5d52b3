package org.problemsolvinghub.rotation;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Asks the policy table {@code rotation-change} whether an extension or an early end is allowed.
 * The limits are in the table (processes/rotation/rotation-change.dmn), not here; the engine keeps
 * each evaluation in its decision history, so Cockpit shows why a change was refused.
 */
@Component
class RotationPolicy {

    static final String CHANGE_DECISION = "rotation-change";
    static final String ELIGIBILITY_DECISION = "rotation-eligibility";

    private final DecisionService decisions;

    RotationPolicy(DecisionService decisions) {
        this.decisions = decisions;
    }

    void checkExtension(long extensionsSoFar, long extensionMonths, long monthsAfterChange) {
        check(Map.of("change", "EXTEND", "extensionsSoFar", extensionsSoFar, "extensionMonths", extensionMonths,
                "monthsAfterChange", monthsAfterChange, "noticeDays", 0L, "endReason", ""), "extensionMonths");
    }

    void checkEarlyEnd(long noticeDays, String endReason) {
        check(Map.of("change", "END_EARLY", "extensionsSoFar", 0L, "extensionMonths", 0L, "monthsAfterChange", 0L,
                "noticeDays", noticeDays, "endReason", endReason), "endsEarlyOn");
    }

    private void check(Map<String, Object> facts, String field) {
        DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(CHANGE_DECISION).variables(facts).evaluate()
                .getSingleResult();
        if (!Boolean.TRUE.equals(result.getEntry("allowed"))) {
            throw PolicyRefusedException.policy(result.getEntry("rule"), result.getEntry("reason"), field);
        }
    }
}
