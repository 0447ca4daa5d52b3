package org.problemsolvinghub.rotation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Start the rotation": the officer leaves response work for the control room's shift pattern. */
@Component("startRotation")
class StartRotation implements JavaDelegate {

    private final RotationLifecycle lifecycle;

    StartRotation(RotationLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        lifecycle.start(execution.getProcessBusinessKey());
    }
}
