package org.problemsolvinghub.learning.webinar;

import static org.problemsolvinghub.learning.LearningForms.list;
import static org.problemsolvinghub.learning.LearningForms.number;
import static org.problemsolvinghub.learning.LearningForms.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.learning.LearningForms;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Component;

/** "Announce and open registration" to officers and the invited partner agencies. */
@Component("openRegistration")
class OpenRegistration implements JavaDelegate {

    private final WebinarService webinars;

    OpenRegistration(WebinarService webinars) {
        this.webinars = webinars;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            webinars.announce(execution.getProcessBusinessKey(), text(execution, "joiningLink"),
                    number(execution, "capacity"), list(execution, "invitedAgencies"));
        } catch (InvalidInputException e) {
            throw LearningForms.error(e);
        }
    }
}
