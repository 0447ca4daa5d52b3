package org.problemsolvinghub.system;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.FormHandler;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.SerializableValueType;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Form handlers, wrapping the engine's, whose submitted answers live only for the transaction that completes
 * the task or starts the case (Camunda's transient variables): the step's delegate records them in the hub's own tables and the
 * gateway after it routes on them, in that same transaction, and nothing of them is left in the engine's
 * variable tables. With history FULL each answer kept as a process variable cost a runtime row, a history
 * row and a detail row when submitted, more each time it changed and a delete when the case ended, for
 * values the process never reads again (issue #8).
 * <p>
 * Some answers stay ordinary process variables: those named in {@code kept} (what a later step of the
 * process reads, such as the owner a task is assigned to, and what the process itself sets as a variable in
 * the same transaction, which a transient value of the same name would make the engine refuse), any the
 * case already holds as a process variable (a case started before answers were transient, or a value set
 * through the API), since the engine will not turn a variable transient, and a delegated task's answers.
 * History FULL records text answers as form field details; the plan's audit records every answer that
 * changed the plan, with who and when.
 */
public final class TransientFormAnswers {

    private TransientFormAnswers() {
    }

    /** A form handler wrapped: the engine's own does the work, given the answers as they should be kept. */
    private abstract static class Wrapped<F extends FormHandler> implements FormHandler {

        final F form;
        final Set<String> kept;

        Wrapped(F form, Set<String> kept) {
            this.form = form;
            this.kept = Set.copyOf(kept);
        }

        @Override
        public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
                ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
            form.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
        }
    }

    /** A user task's form: its answers live for the transaction that completes the task. */
    public static final class OnTask extends Wrapped<TaskFormHandler> implements TaskFormHandler {

        public OnTask(TaskFormHandler form, Set<String> kept) {
            super(form, kept);
        }

        @Override
        public void submitFormVariables(VariableMap answers, VariableScope task) {
            // A delegated task's form is resolved, not completed: no step records what it says, so its answers
            // stay variables, for the task's owner to see as they take the task back.
            boolean resolving = task instanceof TaskEntity entity && entity.getDelegationState() == DelegationState.PENDING;
            form.submitFormVariables(resolving ? answers : forThisTransaction(answers, task, kept), task);
        }

        @Override
        public TaskFormData createTaskForm(TaskEntity task) {
            return form.createTaskForm(task);
        }
    }

    /**
     * A process's start form: what the case was raised with lives for the transaction that starts it (in which
     * the process's first step records it), but for the names in {@code kept}.
     */
    public static final class OnStart extends Wrapped<StartFormHandler> implements StartFormHandler {

        public OnStart(StartFormHandler form, Set<String> kept) {
            super(form, kept);
        }

        @Override
        public void submitFormVariables(VariableMap answers, VariableScope processInstance) {
            form.submitFormVariables(forThisTransaction(answers, processInstance, kept), processInstance);
        }

        @Override
        public StartFormData createStartFormData(ProcessDefinitionEntity processDefinition) {
            return form.createStartFormData(processDefinition);
        }
    }

    /** The answers, each transient unless kept or already held as a variable of the scope. */
    static VariableMap forThisTransaction(VariableMap answers, VariableScope scope, Set<String> kept) {
        VariableMap submitted = Variables.createVariables();
        for (String name : answers.keySet()) {
            boolean keep = kept.contains(name) || heldAsVariable(scope, name);
            submitted.putValueTyped(name, withTransience(answers.getValueTyped(name), !keep));
        }
        return submitted;
    }

    /** Sets an answer a delegate has read again (normalised, defaulted) as the form's answer was set. */
    public static void setAnswer(VariableScope scope, String name, Object value) {
        TypedValue current = scope.getVariableTyped(name, false);
        scope.setVariable(name, Variables.untypedValue(value, current == null || current.isTransient()));
    }

    private static boolean heldAsVariable(VariableScope task, String name) {
        TypedValue current = task.getVariableTyped(name, false);
        return current != null && !current.isTransient();
    }

    /**
     * The same value, transient or not as asked, whatever the client said: a kept answer marked transient
     * would vanish (and a later task assigned from it fail), one held as a variable would make the engine
     * refuse the change.
     */
    static TypedValue withTransience(TypedValue answer, boolean transientValue) {
        if (answer.isTransient() == transientValue) {
            return answer;
        }
        ValueType type = answer.getType();
        if (type == null) {
            return Variables.untypedValue(answer.getValue(), transientValue);
        }
        Map<String, Object> info = new HashMap<>(type.getValueInfo(answer));
        info.put(ValueType.VALUE_INFO_TRANSIENT, transientValue);
        if (answer instanceof SerializableValue serializable && !serializable.isDeserialized()
                && type instanceof SerializableValueType serializableType) {
            return serializableType.createValueFromSerialized(serializable.getValueSerialized(), info);
        }
        return type.createValue(answer.getValue(), info);
    }
}
