package org.problemsolvinghub.learning;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Starts a learning process from the API exactly as its Tasklist start form would, and returns the
 * business key its first delegate gave it. A delegate's input error comes back as the hub's own, so the
 * API answers 400 naming the field.
 */
@Component
public class LearningProcesses {

    private final RuntimeService runtimeService;

    LearningProcesses(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    public String start(String processKey, Map<String, Object> variables) {
        try {
            return runtimeService.createProcessInstanceByKey(processKey).setVariables(variables).execute().getBusinessKey();
        } catch (FormFieldValidationException e) {
            throw e.getCause() instanceof InvalidInputException invalid ? invalid : e;
        }
    }
}
