package org.problemsolvinghub.learning.webinar;

import static org.problemsolvinghub.learning.LearningForms.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.learning.LearningForms;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Component;

/** "Register the series": saves it and makes its reference (WEBS-2026-01) the business key. */
@Component("registerSeries")
class RegisterSeries implements JavaDelegate {

    private final WebinarService webinars;

    RegisterSeries(WebinarService webinars) {
        this.webinars = webinars;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            StartSeriesRequest request = new StartSeriesRequest(text(execution, "seriesName"),
                    text(execution, "seriesDescription"), text(execution, "firstSessionOn"), text(execution, "startTime"));
            String reference = webinars.registerSeries(request, (String) execution.getVariable("startedBy"),
                    execution.getProcessInstanceId());
            execution.setProcessBusinessKey(reference);
        } catch (InvalidInputException e) {
            throw LearningForms.error(e);
        }
    }
}
