package org.problemsolvinghub.learning.challenge;

import static org.problemsolvinghub.learning.LearningForms.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.learning.LearningForms;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Component;

/** "Open the challenge": saves it with its daily tasks; its reference (CHL-2026-01) becomes the business key. */
@Component("openChallenge")
class OpenChallenge implements JavaDelegate {

    private final ChallengeService challenges;

    OpenChallenge(ChallengeService challenges) {
        this.challenges = challenges;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            ChallengeService.Opened opened = challenges.open(text(execution, "title"), text(execution, "startsOn"),
                    text(execution, "team"), text(execution, "template"), (String) execution.getVariable("createdBy"),
                    execution.getProcessInstanceId());
            execution.setProcessBusinessKey(opened.reference());
            execution.setVariable("title", opened.title());
            execution.setVariable("closeAt", opened.closeAt());
            execution.setVariable("briefingGroup", opened.briefingGroup());
        } catch (InvalidInputException e) {
            throw LearningForms.error(e);
        }
    }
}
