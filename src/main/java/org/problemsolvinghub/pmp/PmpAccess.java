package org.problemsolvinghub.pmp;

import static org.problemsolvinghub.organisation.HubGroups.OFFICERS;
import static org.problemsolvinghub.organisation.HubGroups.PS_ADVISORS;
import static org.problemsolvinghub.organisation.HubGroups.SUPERVISORS;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.problemsolvinghub.security.AccessGrants;
import org.problemsolvinghub.security.AccessPolicy;
import org.springframework.stereotype.Component;

/**
 * Who may do what with plans in Camunda. Officers, supervisors and advisors raise plans; those who
 * oversee plans see every one of them in Cockpit (PMPs are visible force-wide); everyone who may hold
 * one of a plan's tasks may read the process diagram.
 */
@Component
class PmpAccess implements AccessGrants {

    static final List<String> RAISERS = List.of(OFFICERS, SUPERVISORS, PS_ADVISORS);

    @Override
    public List<Grant> grants() {
        List<Grant> grants = new ArrayList<>(AccessPolicy.processReaders(PmpService.PROCESS_KEY, AccessPolicy.TASKLIST_USERS));
        grants.addAll(AccessPolicy.processReaders(PmpActions.PROCESS_KEY, AccessPolicy.TASKLIST_USERS));
        RAISERS.forEach(g -> {
            grants.add(new Grant(g, Resources.PROCESS_DEFINITION, PmpService.PROCESS_KEY,
                    List.of(Permissions.READ, Permissions.CREATE_INSTANCE)));
            grants.add(new Grant(g, Resources.PROCESS_INSTANCE, "*", List.of(Permissions.CREATE)));
        });
        AccessPolicy.COCKPIT_USERS.forEach(g -> {
            grants.add(new Grant(g, Resources.PROCESS_DEFINITION, PmpService.PROCESS_KEY,
                    List.of(Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                            ProcessDefinitionPermissions.READ_HISTORY)));
            grants.add(new Grant(g, Resources.PROCESS_DEFINITION, PmpActions.PROCESS_KEY,
                    List.of(Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                            ProcessDefinitionPermissions.READ_HISTORY)));
            for (String decision : List.of("pmp-priority", "pmp-review-interval")) {
                grants.add(new Grant(g, Resources.DECISION_DEFINITION, decision,
                        List.of(Permissions.READ, Permissions.READ_HISTORY)));
            }
        });
        return grants;
    }
}
