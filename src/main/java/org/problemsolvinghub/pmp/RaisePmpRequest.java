package org.problemsolvinghub.pmp;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.Variables;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A problem as it is raised, from the Tasklist start form or {@code POST /api/pmps}. The same rules
 * apply to both: {@link PmpService#register} checks them again whichever way the problem came in.
 */
public record RaisePmpRequest(
        @NotBlank(message = "choose the area (neighbourhood policing unit)") @Size(max = 40) String area,
        @NotBlank(message = "give the ward") @Size(max = 100) String ward,
        @NotNull(message = "say where the problem came from") PmpSource source,
        @NotNull(message = "choose the type of problem") ProblemType problemType,
        @NotBlank(message = "give a short title") @Size(max = 100) String title,
        @NotBlank(message = "state the problem in one sentence: who, what, where, when")
        @Size(min = 20, max = 1000, message = "state the problem in 20 to 1000 characters") String problemStatement,
        @NotEmpty(message = "name at least one source the problem rests on")
        @Size(max = 20, message = "at most 20 sources")
        List<@NotBlank(message = "a source cannot be empty") @Size(max = 500) String> evidence) {

    /**
     * What the process starts with; evidence travels as one line per source. Only the area (its tasks' groups)
     * and the title (their names) stay process variables: the rest lives for the transaction that starts the
     * case, in which the process's first step registers the plan (as the raise form's answers do:
     * PlanFormsPlugin).
     */
    Map<String, Object> toVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("area", area);
        variables.put("title", title);
        variables.put("ward", Variables.stringValue(ward, true));
        variables.put("source", Variables.stringValue(source.name(), true));
        variables.put("problemType", Variables.stringValue(problemType.name(), true));
        variables.put("problemStatement", Variables.stringValue(problemStatement, true));
        variables.put("evidence", Variables.stringValue(String.join("\n", evidence), true));
        return variables;
    }

    static List<String> evidenceLines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
