package org.problemsolvinghub.security;

import static org.problemsolvinghub.organisation.HubGroups.ANALYSTS;
import static org.problemsolvinghub.organisation.HubGroups.CALL_HANDLING_TRAINERS;
import static org.problemsolvinghub.organisation.HubGroups.OFFICERS;
import static org.problemsolvinghub.organisation.HubGroups.PS_ADVISORS;
import static org.problemsolvinghub.organisation.HubGroups.PUBLIC_CONTACT_MANAGERS;
import static org.problemsolvinghub.organisation.HubGroups.RESPONSE_SUPERVISORS;
import static org.problemsolvinghub.organisation.HubGroups.SUPERVISORS;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.problemsolvinghub.organisation.HubGroups;

/**
 * Who may do what in Camunda, granted to role groups (never to single users), so the grants stay few
 * and a new officer needs only their group memberships. Tasks need no grant here: the engine gives
 * a task's candidate groups and assignee their permissions on it as it creates the task.
 *
 * <p>Partners get Tasklist and read access to the process diagrams only: they see a plan's data
 * through the tasks their agency holds, and through nothing else.
 */
final class AccessPolicy {

    record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {
    }

    static final List<String> TASKLIST_USERS = HubGroups.ROLES;

    static final List<String> COCKPIT_USERS = List.of(SUPERVISORS, PS_ADVISORS, PUBLIC_CONTACT_MANAGERS);

    /** Police staff who may read users' and groups' names (Tasklist shows who holds a task). */
    static final List<String> POLICE_ROLES = List.of(OFFICERS, SUPERVISORS, ANALYSTS, PS_ADVISORS,
            RESPONSE_SUPERVISORS, PUBLIC_CONTACT_MANAGERS, CALL_HANDLING_TRAINERS);

    /** Roles that may raise a PMP. */
    static final List<String> PMP_RAISERS = List.of(OFFICERS, SUPERVISORS, PS_ADVISORS);

    static final List<String> PROCESSES = List.of("pmp");

    static final List<String> DECISIONS = List.of("pmp-priority");

    private AccessPolicy() {
    }

    static List<Grant> grants() {
        var grants = new java.util.ArrayList<Grant>();
        TASKLIST_USERS.forEach(g -> grants.add(new Grant(g, Resources.APPLICATION, "tasklist", List.of(Permissions.ACCESS))));
        COCKPIT_USERS.forEach(g -> grants.add(new Grant(g, Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS))));
        POLICE_ROLES.forEach(g -> {
            grants.add(new Grant(g, Resources.USER, "*", List.of(Permissions.READ)));
            grants.add(new Grant(g, Resources.GROUP, "*", List.of(Permissions.READ)));
        });
        for (String process : PROCESSES) {
            // Everyone who works a task of the process may read its definition (Tasklist shows the diagram).
            TASKLIST_USERS.forEach(g -> grants.add(new Grant(g, Resources.PROCESS_DEFINITION, process,
                    List.of(Permissions.READ))));
            PMP_RAISERS.forEach(g -> grants.add(new Grant(g, Resources.PROCESS_DEFINITION, process,
                    List.of(Permissions.READ, Permissions.CREATE_INSTANCE))));
            // Every plan is visible force-wide to those who oversee them (Cockpit, history).
            COCKPIT_USERS.forEach(g -> grants.add(new Grant(g, Resources.PROCESS_DEFINITION, process,
                    List.of(Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                            ProcessDefinitionPermissions.READ_HISTORY))));
        }
        PMP_RAISERS.forEach(g -> grants.add(new Grant(g, Resources.PROCESS_INSTANCE, "*", List.of(Permissions.CREATE))));
        for (String decision : DECISIONS) {
            COCKPIT_USERS.forEach(g -> grants.add(new Grant(g, Resources.DECISION_DEFINITION, decision,
                    List.of(Permissions.READ, Permissions.READ_HISTORY))));
        }
        COCKPIT_USERS.forEach(g -> grants.add(new Grant(g, Resources.DEPLOYMENT, "*", List.of(Permissions.READ))));
        return grants;
    }
}
