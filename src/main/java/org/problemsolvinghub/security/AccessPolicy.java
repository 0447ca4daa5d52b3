package org.problemsolvinghub.security;

import static org.problemsolvinghub.organisation.HubGroups.ANALYSTS;
import static org.problemsolvinghub.organisation.HubGroups.CALL_HANDLING_TRAINERS;
import static org.problemsolvinghub.organisation.HubGroups.OFFICERS;
import static org.problemsolvinghub.organisation.HubGroups.PS_ADVISORS;
import static org.problemsolvinghub.organisation.HubGroups.PUBLIC_CONTACT_MANAGERS;
import static org.problemsolvinghub.organisation.HubGroups.RESPONSE_SUPERVISORS;
import static org.problemsolvinghub.organisation.HubGroups.SUPERVISORS;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.problemsolvinghub.organisation.HubGroups;
import org.springframework.stereotype.Component;

/**
 * The grants every role needs whatever the feature: Tasklist for all, Cockpit for those who oversee
 * work, and the names of users and groups for police staff. Partners get Tasklist only: they see
 * a case's data through the tasks their agency holds, and through nothing else.
 */
@Component
public class AccessPolicy implements AccessGrants {

    /** Every role group: all of them work in Tasklist. */
    public static final List<String> TASKLIST_USERS = HubGroups.ROLES;

    public static final List<String> COCKPIT_USERS = List.of(SUPERVISORS, PS_ADVISORS, PUBLIC_CONTACT_MANAGERS);

    /** Police staff who may read users' and groups' names (Tasklist shows who holds a task). */
    static final List<String> POLICE_ROLES = List.of(OFFICERS, SUPERVISORS, ANALYSTS, PS_ADVISORS,
            RESPONSE_SUPERVISORS, PUBLIC_CONTACT_MANAGERS, CALL_HANDLING_TRAINERS);

    @Override
    public List<Grant> grants() {
        List<Grant> grants = new ArrayList<>();
        TASKLIST_USERS.forEach(g -> grants.add(new Grant(g, Resources.APPLICATION, "tasklist", List.of(Permissions.ACCESS))));
        COCKPIT_USERS.forEach(g -> {
            grants.add(new Grant(g, Resources.APPLICATION, "cockpit", List.of(Permissions.ACCESS)));
            grants.add(new Grant(g, Resources.DEPLOYMENT, "*", List.of(Permissions.READ)));
        });
        POLICE_ROLES.forEach(g -> {
            grants.add(new Grant(g, Resources.USER, "*", List.of(Permissions.READ)));
            grants.add(new Grant(g, Resources.GROUP, "*", List.of(Permissions.READ)));
        });
        return grants;
    }

    /** Read on a process definition for everyone who may hold one of its tasks (Tasklist shows its diagram). */
    public static List<Grant> processReaders(String processKey, List<String> groups) {
        return groups.stream().map(g -> new Grant(g, Resources.PROCESS_DEFINITION, processKey,
                List.of(Permissions.READ))).toList();
    }
}
