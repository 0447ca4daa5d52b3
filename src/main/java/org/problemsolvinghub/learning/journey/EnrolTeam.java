package org.problemsolvinghub.learning.journey;

import static org.problemsolvinghub.learning.LearningForms.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.learning.LearningForms;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Component;

/** "Enrol the team": saves the enrolment with the team's members; its reference becomes the business key. */
@Component("enrolTeam")
class EnrolTeam implements JavaDelegate {

    private final JourneyService journeys;

    EnrolTeam(JourneyService journeys) {
        this.journeys = journeys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            JourneyService.Enrolled enrolled = journeys.register(text(execution, "journey"), text(execution, "team"),
                    text(execution, "dueOn"), (String) execution.getVariable("enrolledBy"), execution.getProcessInstanceId());
            execution.setProcessBusinessKey(enrolled.reference());
            execution.setVariable("journeyTitle", enrolled.journeyTitle());
            execution.setVariable("teamName", enrolled.teamName());
            execution.setVariable("area", enrolled.area());
            execution.setVariable("remindAt", enrolled.remindAt());
            execution.setVariable("dueAt", enrolled.dueAt());
        } catch (InvalidInputException e) {
            throw LearningForms.error(e);
        }
    }
}
