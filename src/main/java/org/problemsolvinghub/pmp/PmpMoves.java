package org.problemsolvinghub.pmp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.problemsolvinghub.organisation.HubGroups;
import org.problemsolvinghub.organisation.Ward;
import org.problemsolvinghub.organisation.WardRepository;
import org.problemsolvinghub.security.AsHub;
import org.problemsolvinghub.security.CurrentUser;
import org.problemsolvinghub.system.ConflictException;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moves a plan to another owner or another area; its open tasks follow. Only the plan's area
 * supervisors (or an administrator) may move it. The hub checks that first, then re-routes the
 * tasks as the hub itself, since the supervisor holds no permission on the owner's tasks.
 */
@Service
public class PmpMoves {

    private final PmpLifecycle lifecycle;
    private final WardRepository wards;
    private final IdentityService identityService;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;
    private final CurrentUser currentUser;
    private final AsHub asHub;

    PmpMoves(PmpLifecycle lifecycle, WardRepository wards, IdentityService identityService,
            RuntimeService runtimeService, TaskService taskService, AuthorizationService authorizationService,
            CurrentUser currentUser, AsHub asHub) {
        this.asHub = asHub;
        this.authorizationService = authorizationService;
        this.lifecycle = lifecycle;
        this.wards = wards;
        this.identityService = identityService;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.currentUser = currentUser;
    }

    @Transactional
    public void changeOwner(String reference, String newOwner, Long version) {
        Pmp plan = movable(reference, version);
        requireOfficer(plan.getAreaCode(), newOwner, "owner");
        String oldOwner = plan.getOwner();
        lifecycle.change(reference, p -> p.changeOwner(newOwner));
        asHub.run(() -> {
            runtimeService.setVariable(plan.getProcessInstanceId(), "owner", newOwner);
            taskService.createTaskQuery().processInstanceId(plan.getProcessInstanceId()).taskAssignee(oldOwner).list()
                    .forEach(task -> taskService.setAssignee(task.getId(), newOwner));
        });
    }

    @Transactional
    public void changeArea(String reference, String newArea, String wardName, String newOwner, Long version) {
        Pmp plan = movable(reference, version);
        Ward ward = wards.findById(wardName == null ? "" : wardName)
                .filter(w -> w.getAreaCode().equals(newArea))
                .or(() -> wards.findByAreaCodeAndNameIgnoreCase(newArea, wardName == null ? "" : wardName.strip()))
                .orElseThrow(() -> new InvalidInputException("ward", "'" + wardName + "' is not a ward of " + newArea));
        String owner = newOwner != null ? newOwner : plan.getOwner();
        if (owner != null) {
            requireOfficer(newArea, owner, "owner");
        }
        String oldArea = plan.getAreaCode();
        String oldOwner = plan.getOwner();
        lifecycle.change(reference, p -> {
            p.moveTo(newArea, ward.getCode());
            p.changeOwner(owner);
        });
        asHub.run(() -> {
            runtimeService.setVariable(plan.getProcessInstanceId(), "area", newArea);
            if (owner != null) {
                runtimeService.setVariable(plan.getProcessInstanceId(), "owner", owner);
            }
            plan.getActions().stream().filter(a -> a.getStatus() == ActionStatus.OPEN && a.getProcessInstanceId() != null)
                    .forEach(a -> runtimeService.setVariable(a.getProcessInstanceId(), "area", newArea));
            List<Task> tasks = new ArrayList<>(taskService.createTaskQuery().processInstanceBusinessKey(reference).list());
            // its actions' tasks (PMP-...-0001-A01): "reference%" alone would also match PMP-...-00010
            tasks.addAll(taskService.createTaskQuery().processInstanceBusinessKeyLike(reference + "-A%").list());
            Map<String, Boolean> oldAreasPeople = new HashMap<>(); // who is in the old area, asked once a person
            for (Task task : tasks) {
                for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
                    if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null
                            && link.getGroupId().endsWith("-" + oldArea)) {
                        String moved = link.getGroupId().substring(0, link.getGroupId().length() - oldArea.length()) + newArea;
                        taskService.deleteCandidateGroup(task.getId(), link.getGroupId());
                        taskService.addCandidateGroup(task.getId(), moved);
                    }
                }
                String assignee = task.getAssignee();
                if (oldOwner != null && oldOwner.equals(assignee) && !oldOwner.equals(owner)) {
                    taskService.setAssignee(task.getId(), owner);
                    assignee = owner;
                }
                leaveTheOldArea(task.getId(), oldArea, assignee, oldAreasPeople);
            }
        });
    }

    /**
     * Camunda keeps the grant it gave a task's candidate group, candidate user or assignee when either changes, so
     * the old area's groups, and its people who held the task or were offered it before, would still read, claim
     * and complete the moved plan's tasks. A partner agency's grant on an action stays (the action is still theirs),
     * and so does the grant of whoever holds the task now (the new owner, or an action's officer). A grant goes with
     * its link: Tasklist's filters rely on every link having its grant ({@code security.OwnTaskQueries}).
     */
    private void leaveTheOldArea(String taskId, String oldArea, String assignee, Map<String, Boolean> oldAreasPeople) {
        List<String> candidateUsers = taskService.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null)
                .map(IdentityLink::getUserId).toList();
        for (Authorization grant : authorizationService.createAuthorizationQuery().resourceType(Resources.TASK)
                .resourceId(taskId).list()) {
            String user = grant.getUserId();
            boolean oldGroup = grant.getGroupId() != null && grant.getGroupId().endsWith("-" + oldArea);
            boolean oldPerson = user != null && !user.equals(assignee) && oldAreasPeople.computeIfAbsent(user,
                    u -> identityService.createGroupQuery().groupMember(u).list().stream()
                            .anyMatch(g -> g.getId().endsWith("-" + oldArea)));
            if (oldPerson && candidateUsers.contains(user)) {
                taskService.deleteCandidateUser(taskId, user);
            }
            if (oldGroup || oldPerson) {
                authorizationService.deleteAuthorization(grant.getId());
            }
        }
    }

    private Pmp movable(String reference, Long version) {
        Pmp plan = lifecycle.plan(reference);
        ConflictException.requireVersion(version, plan.getVersion());
        if (!plan.getStage().isOpen()) {
            throw new ConflictException("Plan " + reference + " is " + EnumWords.of(plan.getStage())
                    + ": only an open plan can move.");
        }
        if (!currentUser.groups().contains(HubGroups.supervisorsOf(plan.getAreaCode()))
                && !currentUser.groups().contains(HubGroups.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only " + plan.getAreaCode() + "'s supervisors may move this plan");
        }
        return plan;
    }

    private void requireOfficer(String area, String userId, String field) {
        if (userId == null || identityService.createUserQuery().userId(userId).memberOfGroup(HubGroups.officersOf(area)).count() == 0) {
            throw new InvalidInputException(field, "'" + userId + "' is not an officer of " + area);
        }
    }
}
