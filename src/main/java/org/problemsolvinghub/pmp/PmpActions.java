package org.problemsolvinghub.pmp;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.problemsolvinghub.organisation.HubGroups;
import org.problemsolvinghub.organisation.PartnerAgencyRepository;
import org.problemsolvinghub.security.AsHub;
import org.problemsolvinghub.system.HubClock;
import org.problemsolvinghub.system.InvalidInputException;
import org.problemsolvinghub.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The actions of a plan's response, each run as its own {@code pmp-action} process: to its owner only
 * (an officer, or a partner agency's group), chased when its due date passes and escalated to the
 * area's supervisors after the grace period.
 */
@Service("pmpActionRouting")
public class PmpActions {

    static final String PROCESS_KEY = "pmp-action";
    /** "Monday 1 December 2026", in English whatever the server's locale. */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final PmpRepository plans;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final IdentityService identityService;
    private final PartnerAgencyRepository agencies;
    private final PmpProperties properties;
    private final AsHub asHub;

    PmpActions(PmpRepository plans, RuntimeService runtimeService, TaskService taskService,
            IdentityService identityService, PartnerAgencyRepository agencies,
            PmpProperties properties, AsHub asHub) {
        this.asHub = asHub;
        this.plans = plans;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.identityService = identityService;
        this.agencies = agencies;
        this.properties = properties;
    }

    void start(Action action) {
        Pmp plan = action.getPmp();
        // Only what the process routes on (area). The task's name, due date and timers come from the action itself
        // through the expressions below, and its forms' brief from PlanDisplay as they open: with history FULL
        // each variable costs three rows when it is set and one more when the process ends (issue #8).
        ProcessInstance instance = runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(action.reference()).setVariable("area", plan.getAreaCode()).execute();
        action.linkProcessInstance(instance.getId());
    }

    /**
     * What the action's two forms (its owner's, and the supervisors' when it is overdue) show about it, one
     * line a fact, in one read-only text (PlanDisplay).
     */
    static String brief(Action action, String ownerName) {
        return "Plan: " + planTitle(action)
                + "\nWhat is to be done: " + action.getDescription()
                + "\nTactic: " + action.getTactic().label()
                + "\nSide of the triangle it works on: " + action.getTriangleSide().label()
                + "\nOwner: " + ownerName
                + "\nDue by: " + action.getDueDate().format(DAY);
    }

    /** Task names carry the plan's reference and say what to do: "Action PMP-COV-2026-0001-A02: Fit gates (target hardening)". */
    static String title(Action action) {
        String text = "Action " + action.reference() + ": " + action.getDescription();
        String tactic = " (" + EnumWords.of(action.getTactic()) + ")";
        return (text.length() + tactic.length() > 250 ? text.substring(0, 246 - tactic.length()) + "..." : text) + tactic;
    }

    /**
     * From the BPMN: when the action's task is due and its owner is reminded, at the end of its due day (the
     * reminder fires once that day has passed).
     */
    public Date due(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        return dueOf(action(execution.getProcessBusinessKey()));
    }

    /** From the BPMN: when the area's supervisors are asked to chase it, the grace period after its due date. */
    public Date escalation(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        return Date.from(due(execution).toInstant().plus(properties.actionEscalationGrace()));
    }

    /** From the BPMN: the name of the action's task ({@link #title(Action)}). */
    public String taskName(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        return title(action(execution.getProcessBusinessKey()));
    }

    static Date dueOf(Action action) {
        return Date.from(action.getDueDate().plusDays(1).atStartOfDay(HubClock.ZONE).toInstant());
    }

    /** From the BPMN, for its tasks' descriptions: the plan the action belongs to, "PMP-COV-2026-0001: Rubbish dumped on the green". */
    public String planTitle(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        return planTitle(action(execution.getProcessBusinessKey()));
    }

    private static String planTitle(Action action) {
        return action.getPmp().getReference() + ": " + action.getPmp().getTitle();
    }

    /** From the BPMN: the officer who owns the action, or nobody for a partner agency's action. */
    public String assignee(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        return action(execution.getProcessBusinessKey()).getOwnerOfficer();
    }

    /** From the BPMN: the agency's group for a partner action; none for an officer's. */
    public List<String> groups(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
        Action action = action(execution.getProcessBusinessKey());
        return action.getOwnerAgency() == null ? List.of() : List.of(HubGroups.partner(action.getOwnerAgency()));
    }

    /** The result an action's form gives: done, or cannot be done, with notes saying what or why. */
    static ActionStatus result(String outcome, String notes) {
        if (notes == null || notes.isBlank()) {
            throw new InvalidInputException("actionNotes", "say what was done, or why it cannot be done");
        }
        ActionStatus status;
        try {
            status = outcome == null ? null : ActionStatus.valueOf(outcome);
        } catch (IllegalArgumentException e) {
            status = null;
        }
        if (status == null || status == ActionStatus.OPEN) {
            throw new InvalidInputException("actionOutcome", "choose: done, or cannot be done");
        }
        return status;
    }

    /** How the plan's owner is told, on their "Run the response" task, that every action has finished. */
    public static final String ALL_FINISHED = "All actions of this plan are finished";

    /**
     * The plan's last open action has just finished: a comment on the owner's "Run the response" task says
     * so, since its form shows the actions as they stood when it opened. Called under the plan's lock, so
     * two actions finishing together tell the owner once, not twice or never.
     */
    void allFinished(Pmp plan) {
        asHub.run(() -> {
            Task response = taskService.createTaskQuery().processInstanceId(plan.getProcessInstanceId())
                    .taskDefinitionKey("Task_Response").singleResult();
            if (response != null) {
                taskService.createComment(response.getId(), plan.getProcessInstanceId(), ALL_FINISHED + " ("
                        + plan.getActions().stream().map(a -> "A%02d %s".formatted(a.getNumber(),
                                a.getStatus().name().replace('_', ' ').toLowerCase())).collect(Collectors.joining(", "))
                        + "): say whether the response is complete, so that the plan can be assessed.");
            }
        });
    }

    /** The due date has passed: remind the owner on the task itself and raise its priority. */
    @Transactional
    public void chase(String actionReference, String processInstanceId) {
        Action action = action(actionReference);
        action.reminded(HubClock.now());
        Task task = taskService.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("Task_Action")
                .singleResult();
        if (task != null) {
            taskService.createComment(task.getId(), processInstanceId, "Reminder: this action was due on "
                    + action.getDueDate().format(DAY) + ". Please complete it or say why it cannot be done.");
            task.setPriority(Math.max(task.getPriority(), 80));
            taskService.saveTask(task);
        }
    }

    @Transactional
    public void recordEscalation(String actionReference, String note) {
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("escalationNote", "say what you did to get the action done");
        }
        action(actionReference).escalated(note.strip(), HubClock.now());
    }

    String ownerName(Action action) {
        if (action.getOwnerAgency() != null) {
            return agencies.findById(action.getOwnerAgency()).map(a -> a.getName()).orElse(action.getOwnerAgency());
        }
        User user = identityService.createUserQuery().userId(action.getOwnerOfficer()).singleResult();
        return user == null ? action.getOwnerOfficer()
                : user.getFirstName() + " " + user.getLastName() + " (" + user.getId() + ")";
    }

    /**
     * The action, from its plan: the step that starts or finishes an action has its plan in the persistence
     * context already (found by its natural id, the reference), so the expressions above read nothing more.
     */
    Action action(String actionReference) {
        int number = number(actionReference);
        return plans.loadedOrByReference(planReference(actionReference))
                .flatMap(plan -> plan.getActions().stream().filter(a -> a.getNumber() == number).findFirst())
                .orElseThrow(() -> new NotFoundException("No action " + actionReference));
    }

    /** PMP-COV-2026-0001 of PMP-COV-2026-0001-A02. */
    static String planReference(String actionReference) {
        int dash = actionReference == null ? -1 : actionReference.lastIndexOf("-A");
        if (dash < 0) {
            throw new NotFoundException("No action " + actionReference);
        }
        return actionReference.substring(0, dash);
    }

    /** 2 of PMP-COV-2026-0001-A02. */
    static int number(String actionReference) {
        try {
            return Integer.parseInt(actionReference.substring(planReference(actionReference).length() + 2));
        } catch (NumberFormatException e) {
            throw new NotFoundException("No action " + actionReference);
        }
    }
}
