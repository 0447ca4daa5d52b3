package org.problemsolvinghub.security;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes every feature's {@link AccessGrants} into Camunda's authorization tables and seeds the Tasklist filters every
 * role starts with. Idempotent: it adds missing grants and filters, and leaves alone what an
 * administrator added in Camunda Admin.
 */
@Service
public class AccessPolicySetup {

    static final String MY_TASKS = "My tasks";
    static final String MY_AREA_TASKS = "My area's team tasks";
    static final String OVERDUE = "Overdue";

    private final AuthorizationService authorizationService;
    private final FilterService filterService;
    private final TaskService taskService;
    private final List<AccessGrants> features;

    AccessPolicySetup(AuthorizationService authorizationService, FilterService filterService, TaskService taskService,
            List<AccessGrants> features) {
        this.authorizationService = authorizationService;
        this.filterService = filterService;
        this.taskService = taskService;
        this.features = features;
    }

    @Transactional
    public void apply() {
        features.stream().flatMap(f -> f.grants().stream())
                .forEach(g -> grant(g.groupId(), g.resource(), g.resourceId(), g.permissions()));
        seedFilter(MY_TASKS, -10, "Tasks assigned to you",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        seedFilter(MY_AREA_TASKS, 0, "Tasks for your area's and your agency's groups, claimed or not",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .includeAssignedTasks());
        seedFilter(OVERDUE, 10, "Your tasks and your groups' tasks past their due date",
                taskService.createTaskQuery()
                        .or().taskAssigneeExpression("${currentUser()}")
                        .taskCandidateGroupInExpression("${currentUserGroups()}").endOr()
                        .dueBeforeExpression("${now()}"));
    }

    private void seedFilter(String name, int priority, String description, TaskQuery query) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name)
                    .setOwner(null)
                    .setQuery(query)
                    .setProperties(Map.of("priority", priority, "description", description, "refresh", true));
            filterService.saveFilter(filter);
        }
        for (String group : AccessPolicy.TASKLIST_USERS) {
            grant(group, Resources.FILTER, filter.getId(), List.of(Permissions.READ));
        }
    }

    private void grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {
        Authorization existing = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId)
                .singleResult();
        if (existing != null && permissions.stream().allMatch(existing::isPermissionGranted)) {
            return; // as it was: writing it again at every start costs an update per grant and a new revision
        }
        Authorization authorization = existing != null ? existing
                : authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(groupId);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        permissions.forEach(authorization::addPermission);
        authorizationService.saveAuthorization(authorization);
    }
}
