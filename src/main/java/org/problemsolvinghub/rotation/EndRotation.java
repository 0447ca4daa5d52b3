package org.problemsolvinghub.rotation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Return the officer to their team": the rotation is over and recorded. */
@Component("endRotation")
class EndRotation implements JavaDelegate {

    private final RotationLifecycle lifecycle;

    EndRotation(RotationLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.end(execution.getProcessBusinessKey());
    }
}
