package org.problemsolvinghub.learning.webinar;

import static org.problemsolvinghub.learning.LearningForms.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.learning.LearningForms;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Component;

/** "Record the theme": the theme, title and description; the title then names the session's tasks. */
@Component("recordTheme")
class RecordTheme implements JavaDelegate {

    private final WebinarService webinars;

    RecordTheme(WebinarService webinars) {
        this.webinars = webinars;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            webinars.chooseTheme(execution.getProcessBusinessKey(), text(execution, "theme"),
                    text(execution, "sessionTitle"), text(execution, "sessionDescription"));
            execution.setVariable("title", text(execution, "sessionTitle"));
        } catch (InvalidInputException e) {
            throw LearningForms.error(e);
        }
    }
}
