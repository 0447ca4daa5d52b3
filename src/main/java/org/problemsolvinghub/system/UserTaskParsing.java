package org.problemsolvinghub.system;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Work done on every user task (or process) as a BPMN file is parsed, after the engine's own parsing: the engine's
 * documented extension point for what every task of a process must have, so that no task in a diagram
 * can forget it. For a process engine plugin's {@code preInit}.
 */
public final class UserTaskParsing {

    private UserTaskParsing() {
    }

    /** What is done with each user task: its XML element, the scope it sits in, the activity parsed from it. */
    @FunctionalInterface
    public interface OnUserTask {
        void parsed(Element userTaskElement, ScopeImpl scope, ActivityImpl activity);
    }

    /** What is done with each process once it is parsed: its XML element and its definition. */
    @FunctionalInterface
    public interface OnProcess {
        void parsed(Element processElement, ProcessDefinitionEntity definition);
    }

    public static void onEveryProcess(ProcessEngineConfigurationImpl configuration, OnProcess work) {
        listeners(configuration).add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                work.parsed(processElement, processDefinition);
            }
        });
    }

    private static List<BpmnParseListener> listeners(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        return configuration.getCustomPostBPMNParseListeners();
    }

    public static void onEveryUserTask(ProcessEngineConfigurationImpl configuration, OnUserTask work) {
        listeners(configuration).add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                work.parsed(userTaskElement, scope, activity);
            }
        });
    }
}
