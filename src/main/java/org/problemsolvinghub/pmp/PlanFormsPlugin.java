package org.problemsolvinghub.pmp;

import java.util.Set;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.problemsolvinghub.system.TransientFormAnswers;
import org.problemsolvinghub.system.UserTaskParsing;
import org.springframework.stereotype.Component;

/**
 * What every form of a plan and of its actions does, added to each user task as the BPMN is parsed (the
 * engine's documented extension point for cross-cutting behaviour, so no task in a diagram can forget it):
 * the answers a form submits are recorded in the plan's tables and live in the engine only for the
 * completing transaction ({@link TransientFormAnswers}), and so does what the raise form gives but the area
 * and the title; {@link PlanDisplay} shows them again as a form opens. {@link StaleAnswers} clears, on plans
 * that still hold answers as variables, last round's decisions.
 */
@Component
class PlanFormsPlugin extends AbstractProcessEnginePlugin {

    /**
     * Names that stay process variables when a form sends them: the owner every owner's task is assigned
     * to and the partner agency a partner-led problem is handed to, which later steps read; the priority and
     * review interval the DMN tables set at triage, which a transient value of the same name would make
     * the engine refuse to set.
     */
    static final Set<String> KEPT_ANSWERS = Set.of("owner", "partnerAgency", "priority", "reviewInterval");

    /** What a plan is raised with that later steps read: the area its tasks go to, the title they are named by. */
    static final Set<String> KEPT_FROM_THE_RAISE = Set.of("area", "title");

    private final StaleAnswers staleAnswers;

    PlanFormsPlugin(StaleAnswers staleAnswers) {
        this.staleAnswers = staleAnswers;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskParsing.onEveryProcess(configuration, (element, definition) -> {
            if (PmpService.PROCESS_KEY.equals(definition.getKey()) && definition.getStartFormHandler() != null) {
                definition.setStartFormHandler(new TransientFormAnswers.OnStart(definition.getStartFormHandler(),
                        KEPT_FROM_THE_RAISE));
            }
        });
        UserTaskParsing.onEveryUserTask(configuration, (element, scope, activity) -> {
            String process = ((ProcessDefinitionEntity) scope.getProcessDefinition()).getKey();
            if (!PmpService.PROCESS_KEY.equals(process) && !PmpActions.PROCESS_KEY.equals(process)) {
                return;
            }
            TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            task.setTaskFormHandler(new TransientFormAnswers.OnTask(task.getTaskFormHandler(), KEPT_ANSWERS));
            if (PmpService.PROCESS_KEY.equals(process)) {
                task.addTaskListener(TaskListener.EVENTNAME_CREATE, staleAnswers);
            }
        });
    }
}
