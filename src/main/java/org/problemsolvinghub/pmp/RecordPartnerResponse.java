package org.problemsolvinghub.pmp;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Component;

/** "Record the partner's response" to a partner-led problem. */
@Component("recordPartnerResponse")
class RecordPartnerResponse implements JavaDelegate {

    private final PmpService pmps;

    RecordPartnerResponse(PmpService pmps) {
        this.pmps = pmps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            pmps.recordPartnerResponse(execution.getProcessBusinessKey(),
                    (String) execution.getVariable("partnerResponse"));
        } catch (InvalidInputException e) {
            throw FormErrors.of(e);
        }
    }
}
