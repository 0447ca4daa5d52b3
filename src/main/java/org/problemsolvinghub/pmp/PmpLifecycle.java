package org.problemsolvinghub.pmp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.camunda.bpm.engine.IdentityService;
import org.problemsolvinghub.organisation.HubGroups;
import org.problemsolvinghub.organisation.PartnerAgencyRepository;
import org.problemsolvinghub.organisation.WardDirectory;
import org.problemsolvinghub.security.AsHub;
import org.problemsolvinghub.security.CurrentUser;
import org.problemsolvinghub.system.HubClock;
import org.problemsolvinghub.system.InvalidInputException;
import org.problemsolvinghub.system.InvalidInputException.FieldProblem;
import org.problemsolvinghub.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records each stage of the SARA cycle into the plan, checks it, and keeps the audit trail and the
 * quality findings up to date. The engine calls it from the plan's delegates, in the transaction that
 * completes the stage's task; the API calls it to edit a stage's content.
 */
@Service
public class PmpLifecycle {

    private final PmpRepository plans;
    private final WardDirectory wards;
    private final PartnerAgencyRepository agencies;
    private final IdentityService identityService;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final QualityChecks quality;
    private final PlanAudit audit;
    private final PmpActions actions;
    private final AsHub asHub;

    PmpLifecycle(PmpRepository plans, WardDirectory wards, PartnerAgencyRepository agencies,
            IdentityService identityService, CurrentUser currentUser, Validator validator, QualityChecks quality,
            PlanAudit audit, PmpActions actions, AsHub asHub) {
        this.asHub = asHub;
        this.plans = plans;
        this.wards = wards;
        this.agencies = agencies;
        this.identityService = identityService;
        this.currentUser = currentUser;
        this.validator = validator;
        this.quality = quality;
        this.audit = audit;
        this.actions = actions;
    }

    @Transactional
    public void recordAnalysis(String reference, Analysis analysis, boolean askAnalyst, String analystQuestion) {
        List<FieldProblem> problems = new ArrayList<>();
        requireText("victimTarget", analysis.getVictimTarget(), "describe the victim or target", problems);
        requireText("offender", analysis.getOffender(), "describe the offender", problems);
        requireText("location", analysis.getLocation(), "describe the location", problems);
        requireText("dataSources", analysis.getDataSources(), "say what data you used", problems);
        requireText("hypothesis", analysis.getHypothesis(), "state a hypothesis before choosing a response", problems);
        if (askAnalyst) {
            requireText("analystQuestion", analystQuestion, "say what you want the analyst to find out", problems);
        }
        throwIfAny(problems);
        change(reference, plan -> {
            plan.recordAnalysis(analysis, askAnalyst ? analystQuestion.strip() : null);
            if (!askAnalyst) {
                quality.requireReady(plan, PmpStage.OBJECTIVES);
            }
        });
    }

    @Transactional
    public void recordAnalystAnswer(String reference, String answer) {
        if (answer == null || answer.isBlank()) {
            throw new InvalidInputException("analystAnswer", "give your answer to the officer");
        }
        change(reference, plan -> plan.recordAnalystAnswer(answer.strip(), currentUser.id()));
    }

    @Transactional
    public void recordObjectives(String reference, List<ObjectiveInput> objectives) {
        checkObjectives(objectives);
        change(reference, plan -> {
            plan.replaceObjectives(objectives);
            plan.objectivesSet();
            quality.requireReady(plan, PmpStage.RESPONSE);
        });
    }

    /** An API edit of the objectives while they may still change (before the assessment). */
    @Transactional
    public void editObjectives(String reference, List<ObjectiveInput> objectives, Long version) {
        Pmp plan = editable(reference, version, PmpStage.OBJECTIVES, PmpStage.RESPONSE);
        checkObjectives(objectives);
        // The open task's form is given the plan's objectives as it opens (PlanDisplay): nothing to copy.
        change(plan, p -> p.replaceObjectives(objectives));
    }

    /** An API edit of the analysis while the owner is still analysing. */
    @Transactional
    public void editAnalysis(String reference, Analysis analysis, Long version) {
        Pmp plan = editable(reference, version, PmpStage.ANALYSIS);
        change(plan, p -> p.updateAnalysis(analysis));
        // The open task's form is given the plan's analysis as it opens (PlanDisplay): nothing to copy.
    }

    private Pmp editable(String reference, Long version, PmpStage... stages) {
        Pmp plan = plan(reference);
        org.problemsolvinghub.system.ConflictException.requireVersion(version, plan.getVersion());
        if (!java.util.Arrays.asList(stages).contains(plan.getStage())) {
            throw new org.problemsolvinghub.system.ConflictException("Plan " + reference + " is at "
                    + EnumWords.of(plan.getStage()) + ": this part can no longer be edited here.");
        }
        String user = currentUser.id();
        if (!user.equals(plan.getOwner()) && !currentUser.groups().contains(HubGroups.supervisorsOf(plan.getAreaCode()))
                && !currentUser.groups().contains(HubGroups.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("Only the owner or the area's supervisors may edit this plan");
        }
        return plan;
    }

    private void checkObjectives(List<ObjectiveInput> objectives) {
        if (objectives == null || objectives.isEmpty()) {
            throw new InvalidInputException("objectives", "set at least one objective");
        }
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < objectives.size(); i++) {
            ObjectiveInput o = objectives.get(i);
            validate("objectives[" + i + "].", o, problems);
            if (o.baselineFrom() != null && o.baselineTo() != null && o.baselineFrom().isAfter(o.baselineTo())) {
                problems.add(new FieldProblem("objectives[" + i + "].baselineTo", "the baseline period ends before it starts"));
            }
        }
        throwIfAny(problems);
    }

    /** Adds actions to the plan and starts each one's own process. */
    @Transactional
    public List<String> addActions(String reference, List<ActionInput> inputs) {
        Pmp current = plan(reference);
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            checkAction("actions[" + i + "].", current, inputs.get(i), problems);
        }
        throwIfAny(problems);
        List<Action> added = new ArrayList<>();
        change(current, plan -> inputs.forEach(input -> added.add(plan.addAction(input))));
        plans.flush();
        asHub.run(() -> added.forEach(actions::start));
        return added.stream().map(Action::reference).toList();
    }

    /** Actions added through the API while the response runs: each starts its own process at once. */
    @Transactional
    public List<String> addActionsByApi(String reference, List<ActionInput> inputs, Long version) {
        editable(reference, version, PmpStage.RESPONSE);
        if (inputs == null || inputs.isEmpty()) {
            throw new InvalidInputException("actions", "give at least one action");
        }
        return addActions(reference, inputs);
    }

    @Transactional
    public void recordActionPlan(String reference, List<ActionInput> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            throw new InvalidInputException("actions", "plan at least one action");
        }
        addActions(reference, inputs);
    }

    @Transactional
    public void recordResponse(String reference, List<ActionInput> newActions, boolean complete, String notes) {
        if (newActions != null && !newActions.isEmpty()) {
            if (complete) {
                throw new InvalidInputException("responseComplete", "you added actions: the response is not complete yet");
            }
            addActions(reference, newActions);
        }
        change(reference, plan -> {
            if (complete) {
                quality.requireReady(plan, PmpStage.ASSESSMENT);
            }
            plan.recordResponse(notes, complete);
        });
    }

    /**
     * An action's owner records its result. Each action runs in a process of its own, so two owners can
     * finish their actions at the same moment: under the plan's lock the second sees the first's result, the
     * audit trail gets each, and whoever finishes the last open action tells the plan's owner, once.
     */
    @Transactional
    public void recordActionDone(String actionReference, String outcome, String notes) {
        ActionStatus result = PmpActions.result(outcome, notes);
        int number = PmpActions.number(actionReference);
        Pmp plan = plan(PmpActions.planReference(actionReference));
        Action action = plan.getActions().stream().filter(a -> a.getNumber() == number).findFirst()
                .orElseThrow(() -> new NotFoundException("No action " + actionReference));
        // Only this action's fields can change, so only they are compared for the audit trail.
        String path = "actions[" + plan.getActions().indexOf(action) + "]";
        Map<String, String> before = audit.snapshot(path, PmpView.action(action));
        action.finish(result, notes.strip(), currentUser.id(), HubClock.now());
        quality.refresh(plan);
        plans.flush();
        audit.record(plan.getId(), currentUser.id(), before, audit.snapshot(path, PmpView.action(action)));
        if (plan.getStage() == PmpStage.RESPONSE && plan.getActions().stream().noneMatch(a -> a.getStatus() == ActionStatus.OPEN)) {
            actions.allFinished(plan);
        }
    }

    @Transactional
    public void recordAssessment(String reference, AssessmentInput input) {
        checkAssessment(input);
        change(reference, plan -> {
            applyAssessment(plan, input);
            plan.recordAssessment(new Assessment(input, HubClock.now()));
            quality.requireReady(plan, PmpStage.SIGN_OFF);
        });
    }

    /** An API edit of the assessment while the owner is still assessing; the form shows it. */
    @Transactional
    public void editAssessment(String reference, AssessmentInput input, Long version) {
        Pmp plan = editable(reference, version, PmpStage.ASSESSMENT);
        checkAssessment(input);
        change(plan, p -> {
            applyAssessment(p, input);
            p.updateAssessment(new Assessment(input, HubClock.now()));
        });
    }

    private void checkAssessment(AssessmentInput input) {
        List<FieldProblem> problems = new ArrayList<>();
        validate("", input, problems);
        if (input.impact() == Impact.REDUCED && input.impactFigure() == null) {
            problems.add(new FieldProblem("impactFigure", "say by how much it was reduced"));
        }
        throwIfAny(problems);
    }

    /** The figures after, objective by objective. */
    private static void applyAssessment(Pmp plan, AssessmentInput input) {
        List<AssessmentInput.ObjectiveResult> results = input.objectives() == null ? List.of() : input.objectives();
        for (int i = 0; i < results.size(); i++) {
            AssessmentInput.ObjectiveResult result = results.get(i);
            Objective objective = objectiveFor(plan, result, i);
            if (result.afterFrom().isAfter(result.afterTo())) {
                throw new InvalidInputException("objectives", "objective " + objective.getPosition()
                        + ": the period after ends before it starts");
            }
            objective.recordAfter(result.afterFigure(), result.afterFrom(), result.afterTo());
        }
    }

    private static Objective objectiveFor(Pmp plan, AssessmentInput.ObjectiveResult result, int index) {
        if (result.id() == null) {
            if (index >= plan.getObjectives().size()) {
                throw new InvalidInputException("objectives", "the plan has only " + plan.getObjectives().size() + " objectives");
            }
            return plan.getObjectives().get(index);
        }
        return plan.getObjectives().stream().filter(o -> o.getId().equals(result.id())).findFirst()
                .orElseThrow(() -> new InvalidInputException("objectives", "objective " + result.id() + " is not one of this plan's"));
    }

    @Transactional
    public void recordSignOff(String reference, SignOffDecision decision, String comment) {
        if (decision == null) {
            throw new InvalidInputException("signOffDecision", "choose: close, back to analysis or back to the response");
        }
        if (decision != SignOffDecision.CLOSE && (comment == null || comment.isBlank())) {
            throw new InvalidInputException("signOffComment", "say what the owner should do");
        }
        change(reference, plan -> {
            if (decision == SignOffDecision.CLOSE) {
                quality.requireReady(plan, PmpStage.CLOSED);
            }
            plan.recordSignOff(decision, comment == null ? null : comment.strip(), currentUser.id());
        });
    }

    @Transactional
    public void publish(String reference) {
        change(reference, plan -> plan.close(HubClock.now(), PmpLibrary.text(plan)));
    }

    @Transactional
    public void recordReview(String reference, ReviewOutcome outcome, String comment) {
        if (outcome == null) {
            throw new InvalidInputException("reviewOutcome", "choose: carry on, or send back");
        }
        if (outcome == ReviewOutcome.SEND_BACK && (comment == null || comment.isBlank())) {
            throw new InvalidInputException("reviewComment", "say what the owner should do");
        }
        change(reference, plan -> plan.addReview(currentUser.id(), HubClock.now(), outcome,
                comment == null ? null : comment.strip()));
    }

    @Transactional
    public void recordReviewReply(String reference, String reply) {
        if (reply == null || reply.isBlank()) {
            throw new InvalidInputException("reviewReply", "reply to the supervisor's comment");
        }
        change(reference, plan -> plan.reviewAwaitingReply().ifPresent(r -> r.reply(reply.strip(), HubClock.now())));
    }

    /** Applies a change to a plan, then re-checks its quality and audits every field that moved. */
    void change(String reference, Consumer<Pmp> mutation) {
        change(plan(reference), mutation);
    }

    /** The same, for a plan this transaction has already locked with {@link #plan}. */
    private void change(Pmp plan, Consumer<Pmp> mutation) {
        Map<String, String> before = audit.snapshot(view(plan));
        mutation.accept(plan);
        quality.refresh(plan);
        plans.flush();
        audit.record(plan.getId(), currentUser.id(), before, audit.snapshot(view(plan)));
    }

    /** A new plan: every field it starts with goes into the audit trail. */
    void created(Pmp plan) {
        quality.refresh(plan);
        plans.flush();
        audit.record(plan.getId(), plan.getRaisedBy(), Map.of(), audit.snapshot(view(plan)));
    }

    PmpView view(Pmp plan) {
        return PmpView.of(plan, wards.find(plan.getWardCode()).orElseThrow());
    }

    /**
     * The plan to change, its row locked until the transaction commits, so changes to one plan run one at
     * a time on every node: a form completion, an API edit and the plan's actions finishing each read the
     * plan as the one before left it. Without the lock two of them could both number a new action A01, or
     * both miss that the other finished the plan's last action; with it the second waits a moment instead
     * of being turned away. Each change takes it first, before anything else reads the plan.
     */
    Pmp plan(String reference) {
        return plans.lockedByReference(reference).orElseThrow(() -> new NotFoundException("No plan " + reference));
    }

    private void checkAction(String prefix, Pmp plan, ActionInput input, List<FieldProblem> problems) {
        validate(prefix, input, problems);
        if (input.ownerType() == ActionInput.OwnerType.OFFICER) {
            if (input.actionOfficer() == null || input.actionOfficer().isBlank()) {
                problems.add(new FieldProblem(prefix + "actionOfficer", "name the officer who owns the action"));
            } else if (identityService.createUserQuery().userId(input.actionOfficer().strip())
                    .memberOfGroup(HubGroups.officersOf(plan.getAreaCode())).count() == 0) {
                problems.add(new FieldProblem(prefix + "actionOfficer", "'" + input.actionOfficer() + "' is not an officer of "
                        + plan.getAreaCode()));
            }
        } else if (input.ownerType() == ActionInput.OwnerType.PARTNER
                // findById, not existsById: the agency stays in the persistence context for the action's start,
                // which shows its name (PmpActions.ownerName), so it is read once.
                && (input.actionAgency() == null || agencies.findById(input.actionAgency()).isEmpty())) {
            problems.add(new FieldProblem(prefix + "actionAgency", "choose a partner agency"));
        }
        if (input.dueDate() != null && input.dueDate().isBefore(HubClock.today())) {
            problems.add(new FieldProblem(prefix + "dueDate", "the due date is in the past"));
        }
    }

    private <T> void validate(String prefix, T input, List<FieldProblem> problems) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        violations.forEach(v -> problems.add(new FieldProblem(prefix + v.getPropertyPath(), v.getMessage())));
    }

    private static void requireText(String field, String value, String message, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, message));
        }
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.stream()
                    .sorted(java.util.Comparator.comparing(FieldProblem::field)).toList());
        }
    }
}
