package org.problemsolvinghub.learning.journey;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * As a learner's catch-up task is created (one of several, one per learner behind): their own progress
 * for the form, and their answers kept on their own branch of the process rather than shared by all.
 */
@Component("catchUpTask")
class CatchUpTask implements TaskListener {

    private final JourneyService journeys;

    CatchUpTask(JourneyService journeys) {
        this.journeys = journeys;
    }

    @Override
    public void notify(DelegateTask task) {
        String learner = (String) task.getVariable("learner");
        task.setVariableLocal("progress", journeys.progressOf(task.getExecution().getProcessBusinessKey(), learner));
        task.getExecution().setVariableLocal("catchUpBy", null);
        task.getExecution().setVariableLocal("catchUpPlan", null);
    }
}
