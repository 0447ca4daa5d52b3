package org.problemsolvinghub.pmp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.problemsolvinghub.organisation.HubGroups;
import org.problemsolvinghub.organisation.Ward;
import org.problemsolvinghub.organisation.WardDirectory;
import org.problemsolvinghub.security.AsHub;
import org.problemsolvinghub.system.FormValues;
import org.problemsolvinghub.system.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a plan's forms show that the plan's tables hold: the quality findings, the actions and where they
 * stand, the assessment, the objectives the objectives and assessment forms edit, the area's officers for the
 * forms that choose one (areaOfficers), the open plans like it for triage (similarPlans, so the supervisor can
 * spot a duplicate, as they stand when the form opens), an action's brief, what the plan was raised with and
 * the answers its forms gave (for a form that opens again, or shows an earlier one). Forms can only show what
 * the task's form variables hold; {@link PlanDisplayFilter} adds these to them as a form opens, read from the plan as it is
 * then. They were once copies in process variables, written as each task was created: with history FULL each
 * copy cost three rows when set, four each time it changed and one when the plan ended, for variables the
 * process never routes on (issue #8).
 */
@Component
class PlanDisplay {

    /** A value as the engine's REST API gives a variable: its type and its value (text, yes/no or a number). */
    record FormValue(String type, Object value) {
    }

    /** Tasks whose forms choose an officer of the plan's area: the owner at triage, an action's officer. */
    private static final Set<String> CHOOSE_AN_OFFICER = Set.of("Task_Triage", "Task_ActionPlan", "Task_Response");

    /** Enough for any area's officers; the forms' lists are searchable. */
    private static final int MOST_OFFICERS = 1000;

    private final PmpRepository plans;
    private final PmpService pmps;
    private final PmpActions actions;
    private final IdentityService identityService;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final AsHub asHub;
    private final WardDirectory wards;

    PlanDisplay(PmpRepository plans, PmpService pmps, PmpActions actions, IdentityService identityService,
            TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService, AsHub asHub,
            WardDirectory wards) {
        this.plans = plans;
        this.pmps = pmps;
        this.actions = actions;
        this.identityService = identityService;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.asHub = asHub;
        this.wards = wards;
    }

    /**
     * What the form of this task shows beyond its variables; nothing for a task of another process. Read as
     * the hub: the caller has just been given the task's form variables, so the engine has let them see it.
     */
    @Transactional(readOnly = true)
    public Map<String, FormValue> forTask(String taskId) {
        return asHub.call(() -> {
            Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
            if (task == null || task.getProcessInstanceId() == null) {
                return Map.of();
            }
            String process = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
            if (!PmpService.PROCESS_KEY.equals(process) && !PmpActions.PROCESS_KEY.equals(process)) {
                return Map.of();
            }
            ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                    .processInstanceId(task.getProcessInstanceId()).singleResult();
            if (instance == null) {
                return Map.of();
            }
            return PmpActions.PROCESS_KEY.equals(process) ? forAction(instance.getBusinessKey())
                    : forPlanTask(instance.getBusinessKey(), task.getTaskDefinitionKey());
        });
    }

    private Map<String, FormValue> forPlanTask(String reference, String taskKey) {
        Map<String, FormValue> values = new LinkedHashMap<>();
        plans.findByReference(reference).ifPresent(plan -> {
            raisedWith(plan).forEach((name, text) -> values.put(name, new FormValue("String", text)));
            answers(plan, taskKey).forEach((name, answer) -> values.put(name, new FormValue(typeOf(answer), answer)));
            textVariables(plan).forEach((name, text) -> values.put(name, new FormValue("String", text)));
            if (!plan.getObjectives().isEmpty()) {
                values.put("objectives", new FormValue("Json", FormValues.toJson(objectives(plan))));
            }
            if (CHOOSE_AN_OFFICER.contains(taskKey)) {
                values.put("areaOfficers", new FormValue("Json", FormValues.toJson(officersOf(plan.getAreaCode()))));
            }
            if ("Task_Triage".equals(taskKey)) {
                values.put("similarPlans", new FormValue("String", pmps.similarPlans(reference)));
            }
        });
        return values;
    }

    private Map<String, FormValue> forAction(String actionReference) {
        Action action;
        try {
            action = actions.action(actionReference);
        } catch (NotFoundException e) {
            return Map.of(); // an action process without its action: the form opens, showing no brief
        }
        return Map.of("actionBrief", new FormValue("String", PmpActions.brief(action, actions.ownerName(action))));
    }

    /** The area's officers as a form's select lists them: "Kiran Patel (kpatel)", by surname. */
    List<Map<String, String>> officersOf(String areaCode) {
        return asHub.call(() -> identityService.createUserQuery().memberOfGroup(HubGroups.officersOf(areaCode))
                .orderByUserLastName().asc().orderByUserFirstName().asc().listPage(0, MOST_OFFICERS).stream()
                .map(u -> Map.of("label", (u.getFirstName() + " " + u.getLastName()).strip() + " (" + u.getId() + ")",
                        "value", u.getId()))
                .toList());
    }

    /**
     * What the plan was raised with, as the raise form names it: no longer process variables but the area
     * and the title (PlanFormsPlugin); the ward by its name.
     */
    private Map<String, String> raisedWith(Pmp plan) {
        Map<String, String> raised = new LinkedHashMap<>();
        raised.put("ward", wards.find(plan.getWardCode()).map(Ward::getName).orElse(plan.getWardCode()));
        raised.put("source", plan.getSource().name());
        raised.put("problemType", plan.getProblemType().name());
        raised.put("problemStatement", plan.getProblemStatement());
        raised.put("evidence", String.join("\n", plan.getEvidence()));
        return raised;
    }

    /**
     * What the plan's forms answered, as the forms name it, so a form that opens again (the analysis sent back
     * at sign-off) shows the answers to change and a later form shows an earlier one (the sign-off comment,
     * the analyst's answer): the answers live in the plan's tables, not in process variables
     * (system.TransientFormAnswers). A task's own decision is never given back: it must be made afresh.
     */
    static Map<String, Object> answers(Pmp plan, String taskKey) {
        Map<String, Object> answers = new LinkedHashMap<>();
        Triage triage = plan.getTriage();
        if (triage != null) {
            answers.put("cheersCommunity", triage.isCommunity());
            answers.put("cheersHarm", triage.isHarmful());
            answers.put("cheersExpectation", triage.isExpectation());
            answers.put("cheersEvents", triage.isEvents());
            answers.put("cheersRecurring", triage.isRecurring());
            answers.put("cheersSimilarity", triage.isSimilarity());
            answers.put("harm", triage.getHarm());
            answers.put("frequency", triage.getFrequency());
            answers.put("triageOutcome", triage.getOutcome() == null ? null : triage.getOutcome().name());
            answers.put("triageReason", triage.getReason());
            answers.put("duplicateOf", triage.getDuplicateOf());
            answers.put("partnerAgency", triage.getPartnerAgency());
            answers.put("triageNotes", triage.getNotes());
        }
        answers.put("owner", plan.getOwner());
        answers.put("partnerResponse", plan.getPartnerResponse());
        Analysis analysis = plan.getAnalysis();
        if (analysis != null) {
            answers.put("victimTarget", analysis.getVictimTarget());
            answers.put("guardian", analysis.getGuardian());
            answers.put("offender", analysis.getOffender());
            answers.put("handler", analysis.getHandler());
            answers.put("location", analysis.getLocation());
            answers.put("placeManager", analysis.getPlaceManager());
            answers.put("dataSources", analysis.getDataSources());
            answers.put("hypothesis", analysis.getHypothesis());
            answers.put("underlyingCauses", analysis.getUnderlyingCauses());
        }
        answers.put("analystQuestion", plan.getAnalystQuestion());
        answers.put("analystAnswer", plan.getAnalystAnswer());
        Assessment assessment = plan.getAssessment();
        if (assessment != null && assessment.getOutcome() != null) {
            answers.put("assessmentOutcome", assessment.getOutcome().name());
            answers.put("impact", assessment.getImpact() == null ? null : assessment.getImpact().name());
            answers.put("impactFigure", assessment.getImpactFigure() == null ? null : assessment.getImpactFigure().doubleValue());
            answers.put("causedByResponse", assessment.getCausedByResponse());
            answers.put("displacementPlaces", assessment.isDisplacementPlaces());
            answers.put("displacementTimes", assessment.isDisplacementTimes());
            answers.put("displacementCrimes", assessment.isDisplacementCrimes());
            answers.put("displacementFindings", assessment.getDisplacementFindings());
            answers.put("lessonsLearnt", assessment.getLessonsLearnt());
        }
        answers.put("signOffComment", plan.getSignOffComment());
        // The review the owner is answering, as recordReviewReply attaches the reply to it (a later review
        // may have come while they answer); with none waiting, the latest.
        plan.reviewAwaitingReply().or(() -> plan.getReviews().stream().reduce((earlier, later) -> later))
                .ifPresent(review -> {
                    answers.put("reviewComment", review.getComment());
                    answers.put("reviewReply", review.getReply());
                });
        StaleAnswers.decidedAfresh(taskKey).forEach(answers::remove);
        answers.values().removeIf(Objects::isNull);
        return answers;
    }

    private static String typeOf(Object answer) {
        return answer instanceof Boolean ? "Boolean" : answer instanceof Double ? "Double" : "String";
    }

    private static Map<String, String> textVariables(Pmp plan) {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("qualityReport", QualityChecks.report(plan));
        variables.put("actionsSummary", actionsSummary(plan));
        variables.put("stageSummary", stageSummary(plan));
        variables.put("assessmentSummary", assessmentSummary(plan));
        return variables;
    }

    private static String actionsSummary(Pmp plan) {
        if (plan.getActions().isEmpty()) {
            return "No actions yet.";
        }
        return plan.getActions().stream().map(a -> "A%02d %s – %s (%s, due %s)".formatted(a.getNumber(),
                        a.getStatus().name().replace('_', ' ').toLowerCase(), a.getDescription(),
                        a.getOwnerOfficer() != null ? a.getOwnerOfficer() : a.getOwnerAgency(), a.getDueDate()))
                .collect(Collectors.joining("\n"));
    }

    private static String stageSummary(Pmp plan) {
        long open = plan.getActions().stream().filter(a -> a.getStatus() == ActionStatus.OPEN).count();
        return "Stage: " + EnumWords.of(plan.getStage())
                + "\nOwner: " + plan.getOwner()
                + "\nPriority: " + (plan.getTriage() == null ? "not set" : plan.getTriage().getPriority())
                + "\nObjectives: " + plan.getObjectives().size()
                + "\nActions: " + plan.getActions().size() + " (" + open + " open)"
                + (plan.getAnalysis() == null || plan.getAnalysis().getHypothesis() == null ? ""
                        : "\nHypothesis: " + plan.getAnalysis().getHypothesis());
    }

    private static String assessmentSummary(Pmp plan) {
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
    private static List<Map<String, Object>> objectives(Pmp plan) {
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
