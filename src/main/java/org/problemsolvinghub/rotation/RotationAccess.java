package org.problemsolvinghub.rotation;

import static org.problemsolvinghub.organisation.HubGroups.CALL_HANDLING_TRAINERS;
import static org.problemsolvinghub.organisation.HubGroups.OFFICERS;
import static org.problemsolvinghub.organisation.HubGroups.PUBLIC_CONTACT_MANAGERS;
import static org.problemsolvinghub.organisation.HubGroups.RESPONSE_SUPERVISORS;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.problemsolvinghub.security.AccessGrants;
import org.problemsolvinghub.security.AccessPolicy;
import org.springframework.stereotype.Component;

/**
 * Who may do what with rotations in Camunda. Everyone who holds one of the scheme's tasks may read its
 * diagrams; officers apply, and response supervisors and public contact managers nominate; public
 * contact managers, who run the scheme, see every officer's rotation and the policy tables' decisions
 * in Cockpit. Officers get no grant on process instances: they act on their own rotation through the
 * hub's API, which checks it is theirs.
 */
@Component
class RotationAccess implements AccessGrants {

    static final String PROCESS = "rotation";
    static final String TRAINING = "rotation-training";
    static final String OVERTIME = "rotation-overtime";

    static final List<String> TASK_HOLDERS = List.of(OFFICERS, RESPONSE_SUPERVISORS, PUBLIC_CONTACT_MANAGERS,
            CALL_HANDLING_TRAINERS);

    @Override
    public List<Grant> grants() {
        List<Grant> grants = new ArrayList<>();
        for (String process : List.of(PROCESS, TRAINING, OVERTIME)) {
            grants.addAll(AccessPolicy.processReaders(process, TASK_HOLDERS));
            grants.add(new Grant(PUBLIC_CONTACT_MANAGERS, Resources.PROCESS_DEFINITION, process,
                    List.of(Permissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                            ProcessDefinitionPermissions.READ_HISTORY)));
        }
        for (String starter : List.of(OFFICERS, RESPONSE_SUPERVISORS, PUBLIC_CONTACT_MANAGERS)) {
            grants.add(new Grant(starter, Resources.PROCESS_DEFINITION, PROCESS,
                    List.of(Permissions.READ, Permissions.CREATE_INSTANCE)));
            grants.add(new Grant(starter, Resources.PROCESS_INSTANCE, "*", List.of(Permissions.CREATE)));
        }
        grants.add(new Grant(OFFICERS, Resources.PROCESS_DEFINITION, OVERTIME,
                List.of(Permissions.READ, Permissions.CREATE_INSTANCE)));
        for (String decision : List.of(RotationPolicy.ELIGIBILITY_DECISION, RotationPolicy.CHANGE_DECISION)) {
            grants.add(new Grant(PUBLIC_CONTACT_MANAGERS, Resources.DECISION_DEFINITION, decision,
                    List.of(Permissions.READ, Permissions.READ_HISTORY)));
        }
        return grants;
    }
}
