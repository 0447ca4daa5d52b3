package org.problemsolvinghub.learning.journey;

import static org.problemsolvinghub.learning.LearningForms.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.learning.LearningForms;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Component;

/** "Record the catch-up plan": by when the learner will catch up. A bad date keeps their task open. */
@Component("recordCatchUpPlan")
class RecordCatchUpPlan implements JavaDelegate {

    private final JourneyService journeys;

    RecordCatchUpPlan(JourneyService journeys) {
        this.journeys = journeys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            journeys.planCatchUp(execution.getProcessBusinessKey(), (String) execution.getVariable("learner"),
                    text(execution, "catchUpBy"), text(execution, "catchUpPlan"));
        } catch (InvalidInputException e) {
            throw LearningForms.error(e);
        }
    }
}
