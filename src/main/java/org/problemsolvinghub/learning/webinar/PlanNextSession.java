package org.problemsolvinghub.learning.webinar;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Plan the next session": a session record with its reference, for the session process the series
 * then calls, and the date to plan the one after it. {@code sessionPlanned} is false once the series has ended.
 */
@Component("planNextSession")
class PlanNextSession implements JavaDelegate {

    private final WebinarService webinars;

    PlanNextSession(WebinarService webinars) {
        this.webinars = webinars;
    }

    @Override
    public void execute(DelegateExecution execution) {
        webinars.planNextSession(execution.getProcessBusinessKey()).ifPresentOrElse(planned -> {
            execution.setVariable("sessionPlanned", true);
            execution.setVariable("sessionReference", planned.reference());
            execution.setVariable("planNextAt", Date.from(planned.planNextAt()));
        }, () -> execution.setVariable("sessionPlanned", false));
    }
}
