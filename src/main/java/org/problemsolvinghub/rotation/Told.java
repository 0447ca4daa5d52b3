package org.problemsolvinghub.rotation;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What the officer's "not going ahead" task shows them: the rule that refused and its reason. */
final class Told {

    private Told() {
    }

    static void refusal(DelegateExecution execution, String rule, String reason) {
        execution.setVariable("refusalRule", rule);
        execution.setVariable("refusalReason", reason);
    }
}
