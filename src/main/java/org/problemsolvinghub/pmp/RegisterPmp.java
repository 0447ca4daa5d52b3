package org.problemsolvinghub.pmp;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Component;

/** "Register the plan": saves the raised problem and makes its reference the business key. */
@Component("registerPmp")
class RegisterPmp implements JavaDelegate {

    private final PmpService pmps;

    RegisterPmp(PmpService pmps) {
        this.pmps = pmps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            RaisePmpRequest raised = new RaisePmpRequest(
                    (String) execution.getVariable("area"),
                    (String) execution.getVariable("ward"),
                    source((String) execution.getVariable("source")),
                    FormValues.choice(execution, "problemType", ProblemType.class),
                    (String) execution.getVariable("title"),
                    (String) execution.getVariable("problemStatement"),
                    RaisePmpRequest.evidenceLines((String) execution.getVariable("evidence")));
            String reference = pmps.register(raised, (String) execution.getVariable("raisedBy"),
                    execution.getProcessInstanceId());
            execution.setProcessBusinessKey(reference);
            // Shown on the triage form, so the supervisor can spot a duplicate.
            execution.setVariable("similarPlans", pmps.similarPlans(reference));
        } catch (InvalidInputException e) {
            throw FormErrors.of(e);
        }
    }

    private static PmpSource source(String value) {
        try {
            return value == null ? null : PmpSource.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("source", "unknown source '" + value + "'");
        }
    }
}
