package org.problemsolvinghub.pmp;

import org.problemsolvinghub.system.FormValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.problemsolvinghub.organisation.HubGroups;
import org.problemsolvinghub.security.AsHub;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts what a form shows about the plan into the process as each of its tasks is created: the quality
 * findings, the actions and where they stand, the assessment, the objectives the objectives and
 * assessment forms edit, and the area's officers for the forms that choose one (areaOfficers). Forms can only show process variables; the plan itself lives in the hub's
 * tables, so these are copies for reading, brought up to date every time a task opens (written only
 * where they changed).
 */
@Component
class PlanDisplay implements TaskListener {

    /**
     * Answers a form gave last time round the cycle, cleared as its task opens again: Tasklist fills a
     * form from the process variables, and a decision must never come pre-filled.
     */
    private static final Map<String, List<String>> ANSWERS_TO_CLEAR = Map.of(
            "Task_Response", List.of("responseComplete", "responseNotes"),
            "Task_SignOff", List.of("signOffDecision", "signOffComment"),
            "Task_Review", List.of("reviewOutcome", "reviewComment"),
            "Task_AddressReview", List.of("reviewReply"),
            "Task_AnalystRequest", List.of("analystAnswer"));

    /** Tasks whose forms choose an officer of the plan's area: the owner at triage, an action's officer. */
    private static final Set<String> CHOOSE_AN_OFFICER = Set.of("Task_Triage", "Task_ActionPlan", "Task_Response");

    /** Enough for any area's officers; the forms' lists are searchable. */
    private static final int MOST_OFFICERS = 1000;

    private final PmpRepository plans;
    private final IdentityService identityService;
    private final AsHub asHub;

    PlanDisplay(PmpRepository plans, IdentityService identityService, AsHub asHub) {
        this.plans = plans;
        this.identityService = identityService;
        this.asHub = asHub;
    }

    @Override
    @Transactional(readOnly = true)
    public void notify(DelegateTask task) {
        DelegateExecution execution = task.getExecution();
        ANSWERS_TO_CLEAR.getOrDefault(task.getTaskDefinitionKey(), List.of()).forEach(execution::removeVariable);
        String reference = execution.getProcessBusinessKey();
        // Usually the plan the completing step has just saved, already in this transaction: no query then.
        plans.loadedOrByReference(reference).ifPresent(plan -> {
            textVariables(plan).forEach((name, value) -> setIfChanged(execution, name, value));
            if (!plan.getObjectives().isEmpty()) {
                setJsonIfChanged(execution, "objectives", FormValues.toJson(objectives(plan)));
            }
            if (CHOOSE_AN_OFFICER.contains(task.getTaskDefinitionKey())) {
                setJsonIfChanged(execution, "areaOfficers", FormValues.toJson(officersOf(plan.getAreaCode())));
            }
        });
    }

    /*
     * With history FULL every write of a variable costs an update, a history detail and its history
     * instance's update, even when the value is the one already there; most copies do not change from one
     * task to the next (no actions yet, not assessed yet, the same officers), so those are left alone.
     */
    private static void setIfChanged(VariableScope scope, String name, Object value) {
        if (!scope.hasVariable(name) || !Objects.equals(scope.getVariable(name), value)) {
            scope.setVariable(name, value);
        }
    }

    private static void setJsonIfChanged(VariableScope scope, String name, String json) {
        TypedValue current = scope.getVariableTyped(name, false);
        if (!(current instanceof SerializableValue stored) || !json.equals(stored.getValueSerialized())) {
            scope.setVariable(name, SpinValues.jsonValue(json).create());
        }
    }

    /** The area's officers as a form's select lists them: "Kiran Patel (kpatel)", by surname. */
    List<Map<String, String>> officersOf(String areaCode) {
        return asHub.call(() -> identityService.createUserQuery().memberOfGroup(HubGroups.officersOf(areaCode))
                .orderByUserLastName().asc().orderByUserFirstName().asc().listPage(0, MOST_OFFICERS).stream()
                .map(u -> Map.of("label", (u.getFirstName() + " " + u.getLastName()).strip() + " (" + u.getId() + ")",
                        "value", u.getId()))
                .toList());
    }

    static Map<String, Object> textVariables(Pmp plan) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("qualityReport", QualityChecks.report(plan));
        variables.put("actionsSummary", actionsSummary(plan));
        variables.put("stageSummary", stageSummary(plan));
        variables.put("assessmentSummary", assessmentSummary(plan));
        return variables;
    }

    static String actionsSummary(Pmp plan) {
        if (plan.getActions().isEmpty()) {
            return "No actions yet.";
        }
        return plan.getActions().stream().map(a -> "A%02d %s – %s (%s, due %s)".formatted(a.getNumber(),
                        a.getStatus().name().replace('_', ' ').toLowerCase(), a.getDescription(),
                        a.getOwnerOfficer() != null ? a.getOwnerOfficer() : a.getOwnerAgency(), a.getDueDate()))
                .collect(Collectors.joining("\n"));
    }

    static String stageSummary(Pmp plan) {
        long open = plan.getActions().stream().filter(a -> a.getStatus() == ActionStatus.OPEN).count();
        return "Stage: " + EnumWords.of(plan.getStage())
                + "\nOwner: " + plan.getOwner()
                + "\nPriority: " + (plan.getTriage() == null ? "not set" : plan.getTriage().getPriority())
                + "\nObjectives: " + plan.getObjectives().size()
                + "\nActions: " + plan.getActions().size() + " (" + open + " open)"
                + (plan.getAnalysis() == null || plan.getAnalysis().getHypothesis() == null ? ""
                        : "\nHypothesis: " + plan.getAnalysis().getHypothesis());
    }

    static String assessmentSummary(Pmp plan) {
        Assessment a = plan.getAssessment();
        if (a == null || a.getOutcome() == null) {
            return "Not assessed yet.";
        }
        String objectives = plan.getObjectives().stream().map(o -> "Objective %d, %s: %s before (%s to %s), target %s, %s after (%s to %s)"
                .formatted(o.getPosition(), o.getMeasure(), o.getBaselineFigure(), o.getBaselineFrom(), o.getBaselineTo(),
                        o.getTarget(), o.getAfterFigure(), o.getAfterFrom(), o.getAfterTo()))
                .collect(Collectors.joining("\n"));
        return objectives + "\nOutcome: " + a.getOutcome() + "; impact: " + a.getImpact()
                + (a.getImpactFigure() == null ? "" : " (" + a.getImpactFigure() + "%)")
                + "\nCaused by the response? " + a.getCausedByResponse()
                + "\nLessons: " + a.getLessonsLearnt();
    }

    /** The objectives as the objectives and assessment forms' lists hold them. */
    static List<Map<String, Object>> objectives(Pmp plan) {
        return plan.getObjectives().stream().map(o -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", o.getId());
            item.put("measure", o.getMeasure());
            item.put("baselineFigure", o.getBaselineFigure());
            item.put("baselineFrom", o.getBaselineFrom().toString());
            item.put("baselineTo", o.getBaselineTo().toString());
            item.put("target", o.getTarget());
            item.put("targetDate", o.getTargetDate().toString());
            if (o.getAfterFigure() != null) {
                item.put("afterFigure", o.getAfterFigure());
                item.put("afterFrom", o.getAfterFrom().toString());
                item.put("afterTo", o.getAfterTo().toString());
            }
            return item;
        }).toList();
    }
}
