package org.problemsolvinghub.learning.journey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Find who is behind" on the reminder date: they get a catch-up task each, their supervisors one task. */
@Component("findLearnersBehind")
class FindLearnersBehind implements JavaDelegate {

    private final JourneyService journeys;

    FindLearnersBehind(JourneyService journeys) {
        this.journeys = journeys;
    }

    @Override
    public void execute(DelegateExecution execution) {
        JourneyService.Behind behind = journeys.findBehind(execution.getProcessBusinessKey());
        execution.setVariable("behindCount", behind.count());
        execution.setVariable("behindSummary", behind.summary());
    }
}
