package org.problemsolvinghub.rotation;

import static org.problemsolvinghub.system.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Record the withdrawal": frees the place at once and offers it to the next in line. */
@Component("recordWithdrawal")
class RecordWithdrawal implements JavaDelegate {

    private final Places places;

    RecordWithdrawal(Places places) {
        this.places = places;
    }

    @Override
    public void execute(DelegateExecution execution) {
        places.withdraw(execution.getProcessBusinessKey(), text(execution, "withdrawalReason"),
                text(execution, "withdrawnBy"));
    }
}
