package org.problemsolvinghub.learning.webinar;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close the feedback": the session is complete; its feedback's themes now feed the next suggestions. */
@Component("closeSession")
class CloseSession implements JavaDelegate {

    private final WebinarService webinars;

    CloseSession(WebinarService webinars) {
        this.webinars = webinars;
    }

    @Override
    public void execute(DelegateExecution execution) {
        webinars.close(execution.getProcessBusinessKey());
    }
}
