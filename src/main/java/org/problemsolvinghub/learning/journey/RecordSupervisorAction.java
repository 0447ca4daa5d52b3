package org.problemsolvinghub.learning.journey;

import static org.problemsolvinghub.learning.LearningForms.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.learning.LearningForms;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Component;

/** "Record what the supervisors will do" for the learners behind. */
@Component("recordSupervisorAction")
class RecordSupervisorAction implements JavaDelegate {

    private final JourneyService journeys;

    RecordSupervisorAction(JourneyService journeys) {
        this.journeys = journeys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            journeys.recordSupervisorAction(execution.getProcessBusinessKey(), text(execution, "supervisorAction"));
        } catch (InvalidInputException e) {
            throw LearningForms.error(e);
        }
    }
}
