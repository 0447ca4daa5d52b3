package org.problemsolvinghub.system;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.type.PrimitiveValueType;
import org.camunda.bpm.engine.variable.type.SerializableValueType;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A task's form handler whose submitted answers live only for the transaction that completes the task
 * (Camunda's transient variables): the step's delegate records them in the hub's own tables and the
 * gateway after it routes on them, in that same transaction, and nothing of them is left in the engine's
 * variable tables. With history FULL each answer kept as a process variable cost a runtime row, a history
 * row and a detail row when submitted, more each time it changed and a delete when the case ended, for
 * values the process never reads again (issue #8). The engine still records the submission itself in its
 * history (a form field detail per text answer, and the user operation log).
 * <p>
 * Two kinds of answer stay ordinary process variables: those named in {@code kept}, which a later step of
 * the process reads (the owner a task is assigned to), and any the case already holds as a process
 * variable (a case started before answers were transient, or a value set through the API), since the
 * engine will not make a variable transient that is not.
 */
public final class TransientFormAnswers implements TaskFormHandler {

    private final TaskFormHandler form;
    private final Set<String> kept;

    public TransientFormAnswers(TaskFormHandler form, Set<String> kept) {
        this.form = form;
        this.kept = Set.copyOf(kept);
    }

    @Override
    public void submitFormVariables(VariableMap answers, VariableScope task) {
        VariableMap submitted = Variables.createVariables();
        for (String name : answers.keySet()) {
            TypedValue answer = answers.getValueTyped(name);
            submitted.putValueTyped(name, kept.contains(name) || heldAsVariable(task, name) ? answer : forThisTransaction(answer));
        }
        form.submitFormVariables(submitted, task);
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

    /** The same value, transient; a kind of value this cannot copy (a file) is kept as it came. */
    static TypedValue forThisTransaction(TypedValue answer) {
        ValueType type = answer.getType();
        if (type == null) {
            return Variables.untypedValue(answer.getValue(), true);
        }
        Map<String, Object> info = new HashMap<>(type.getValueInfo(answer));
        info.put(ValueType.VALUE_INFO_TRANSIENT, true);
        if (answer instanceof SerializableValue serializable && !serializable.isDeserialized()
                && type instanceof SerializableValueType serializableType) {
            return serializableType.createValueFromSerialized(serializable.getValueSerialized(), info);
        }
        if (type instanceof PrimitiveValueType || answer instanceof SerializableValue) {
            return type.createValue(answer.getValue(), info);
        }
        return answer;
    }

    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
        return form.createTaskForm(task);
    }

    @Override
    public void parseConfiguration(Element activityElement, DeploymentEntity deployment,
            ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
        form.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
    }
}
