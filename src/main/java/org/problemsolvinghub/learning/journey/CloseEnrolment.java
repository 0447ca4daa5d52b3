package org.problemsolvinghub.learning.journey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close the enrolment" on its due date, with how many finished; open reminders end with it. */
@Component("closeEnrolment")
class CloseEnrolment implements JavaDelegate {

    private final JourneyService journeys;

    CloseEnrolment(JourneyService journeys) {
        this.journeys = journeys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        journeys.close(execution.getProcessBusinessKey());
    }
}
