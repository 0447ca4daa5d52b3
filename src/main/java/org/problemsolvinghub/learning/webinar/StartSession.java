package org.problemsolvinghub.learning.webinar;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Suggest themes from the plans and feedback": links the session to its process and gives the
 * theme form what it shows: the working title, the date, the capacity, and the hub's theme suggestions.
 */
@Component("suggestThemes")
class StartSession implements JavaDelegate {

    private final WebinarService webinars;

    StartSession(WebinarService webinars) {
        this.webinars = webinars;
    }

    @Override
    public void execute(DelegateExecution execution) {
        WebinarService.SessionStart start = webinars.startSession(execution.getProcessBusinessKey(),
                execution.getProcessInstanceId());
        execution.setVariable("title", start.title());
        execution.setVariable("sessionDate", start.startsAt());
        execution.setVariable("themeSuggestions", start.themeSuggestions());
        execution.setVariable("capacity", start.capacity());
    }
}
