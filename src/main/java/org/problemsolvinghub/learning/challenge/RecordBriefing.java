package org.problemsolvinghub.learning.challenge;

import static org.problemsolvinghub.learning.LearningForms.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.learning.LearningForms;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Component;

/** "Record the briefing": when the results were shared, and anything said about them. */
@Component("recordBriefing")
class RecordBriefing implements JavaDelegate {

    private final ChallengeService challenges;

    RecordBriefing(ChallengeService challenges) {
        this.challenges = challenges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            challenges.recordBriefing(execution.getProcessBusinessKey(), text(execution, "briefedOn"),
                    text(execution, "briefingNotes"));
        } catch (InvalidInputException e) {
            throw LearningForms.error(e);
        }
    }
}
