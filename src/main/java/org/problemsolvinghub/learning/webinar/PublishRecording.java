package org.problemsolvinghub.learning.webinar;

import static org.problemsolvinghub.learning.LearningForms.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.learning.LearningForms;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Component;

/** "Publish to the library": the recording, the slides and a summary people can search. */
@Component("publishRecording")
class PublishRecording implements JavaDelegate {

    private final WebinarService webinars;

    PublishRecording(WebinarService webinars) {
        this.webinars = webinars;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            webinars.publish(execution.getProcessBusinessKey(), text(execution, "recordingLink"),
                    text(execution, "slidesLink"), text(execution, "summary"));
        } catch (InvalidInputException e) {
            throw LearningForms.error(e);
        }
    }
}
