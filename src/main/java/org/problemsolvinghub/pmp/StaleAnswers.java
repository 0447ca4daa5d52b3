package org.problemsolvinghub.pmp;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Clears the answers a form gave last time round the cycle as its task opens again: Tasklist fills a form
 * from the process variables, and a decision must never come pre-filled. A plan's answers are no longer
 * process variables (system.TransientFormAnswers) and {@link PlanDisplay} leaves these out of what it shows;
 * this is for the plans that still hold them as variables (started before that, or given them through the
 * engine's API).
 */
@Component
class StaleAnswers implements TaskListener {

    private static final Map<String, List<String>> ANSWERS_TO_CLEAR = Map.of(
            "Task_Response", List.of("responseComplete", "responseNotes"),
            "Task_SignOff", List.of("signOffDecision", "signOffComment"),
            "Task_Review", List.of("reviewOutcome", "reviewComment"),
            "Task_AddressReview", List.of("reviewReply"),
            "Task_AnalystRequest", List.of("analystAnswer"));

    /** The answers of this task's form that are decided afresh each time it opens. */
    static List<String> decidedAfresh(String taskKey) {
        return ANSWERS_TO_CLEAR.getOrDefault(taskKey, List.of());
    }

    @Override
    public void notify(DelegateTask task) {
        ANSWERS_TO_CLEAR.getOrDefault(task.getTaskDefinitionKey(), List.of()).forEach(task.getExecution()::removeVariable);
    }
}
