package org.problemsolvinghub.learning.challenge;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close the challenge" once the last day's catch-up window is over, with the final leaderboard. */
@Component("closeChallenge")
class CloseChallenge implements JavaDelegate {

    private final ChallengeService challenges;
    private final ChallengeViews views;

    CloseChallenge(ChallengeService challenges, ChallengeViews views) {
        this.challenges = challenges;
        this.views = views;
    }

    @Override
    public void execute(DelegateExecution execution) {
        challenges.close(execution.getProcessBusinessKey());
        execution.setVariable("leaderboardSummary", views.summary(execution.getProcessBusinessKey()));
    }
}
