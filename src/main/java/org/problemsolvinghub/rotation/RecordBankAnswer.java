package org.problemsolvinghub.rotation;

import static org.problemsolvinghub.system.FormValues.bool;
import static org.problemsolvinghub.system.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record the answer": into the overtime bank or not, and a testimony to approve if one was written. */
@Component("recordBankAnswer")
class RecordBankAnswer implements JavaDelegate {

    private final RotationLifecycle lifecycle;

    RecordBankAnswer(RotationLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormErrors.report(() -> execution.setVariable("testimonyGiven", lifecycle.recordBankAnswer(
                execution.getProcessBusinessKey(), bool(execution, "joinBank"), text(execution, "availability"),
                text(execution, "testimony"))));
    }
}
