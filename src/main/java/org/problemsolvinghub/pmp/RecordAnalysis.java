package org.problemsolvinghub.pmp;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Component;

/** "Record the analysis": the problem analysis triangle, data and hypothesis, into the plan. */
@Component("recordAnalysis")
class RecordAnalysis implements JavaDelegate {

    private final PmpService pmps;

    RecordAnalysis(PmpService pmps) {
        this.pmps = pmps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            pmps.recordAnalysis(execution.getProcessBusinessKey(), new Analysis(
                    text(execution, "victimTarget"), text(execution, "guardian"), text(execution, "offender"),
                    text(execution, "handler"), text(execution, "location"), text(execution, "placeManager"),
                    text(execution, "dataSources"), text(execution, "hypothesis"),
                    text(execution, "underlyingCauses")));
        } catch (InvalidInputException e) {
            throw FormErrors.of(e);
        }
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString().strip();
    }
}
