package org.problemsolvinghub.rotation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Training-only path: "Add to the overtime bank" once trained to the same level as rotating officers. */
@Component("joinBankAfterTraining")
class JoinBankAfterTraining implements JavaDelegate {

    private final RotationLifecycle lifecycle;

    JoinBankAfterTraining(RotationLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.joinBankAfterTraining(execution.getProcessBusinessKey());
    }
}
