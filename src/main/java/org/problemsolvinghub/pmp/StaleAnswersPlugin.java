package org.problemsolvinghub.pmp;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.problemsolvinghub.system.UserTaskParsing;
import org.springframework.stereotype.Component;

/**
 * Adds {@link StaleAnswers} to every user task of the plan process as the BPMN is parsed, so no task in
 * the diagram can forget it (the engine's documented extension point for cross-cutting listeners).
 */
@Component
class StaleAnswersPlugin extends AbstractProcessEnginePlugin {

    private final StaleAnswers staleAnswers;

    StaleAnswersPlugin(StaleAnswers staleAnswers) {
        this.staleAnswers = staleAnswers;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskParsing.onEveryUserTask(configuration, (element, scope, activity) -> {
            if (PmpService.PROCESS_KEY.equals(((ProcessDefinitionEntity) scope.getProcessDefinition()).getKey())) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, staleAnswers);
            }
        });
    }
}
