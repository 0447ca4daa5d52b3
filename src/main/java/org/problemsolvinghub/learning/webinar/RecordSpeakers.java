package org.problemsolvinghub.learning.webinar;

import static org.problemsolvinghub.learning.LearningForms.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.learning.LearningForms;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Component;

/** "Record the speakers", and the partner agency a speaker comes from (which is then invited). */
@Component("recordSpeakers")
class RecordSpeakers implements JavaDelegate {

    private final WebinarService webinars;

    RecordSpeakers(WebinarService webinars) {
        this.webinars = webinars;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            webinars.confirmSpeakers(execution.getProcessBusinessKey(), text(execution, "speakers"),
                    text(execution, "speakerAgency"));
        } catch (InvalidInputException e) {
            throw LearningForms.error(e);
        }
    }
}
