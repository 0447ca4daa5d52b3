package org.problemsolvinghub.learning;

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
 * Who may do what with learning's processes in Camunda. Advisors run the webinar series (start it,
 * cancel or end it, watch it in Cockpit); supervisors and advisors enrol teams on journeys and set up
 * challenges; officers hold their own catch-up reminders. Partners get nothing here: they see a
 * session only through the hub's API, and only when their agency was invited.
 */
@Component
class LearningAccess implements AccessGrants {

    static final String SERIES = "webinar-series";
    static final String SESSION = "webinar-session";
    static final String ENROLMENT = "journey-enrolment";
    static final String CHALLENGE = "learning-challenge";

    @Override
    public List<Grant> grants() {
        List<Grant> grants = new ArrayList<>();
        grants.addAll(AccessPolicy.processReaders(SERIES, List.of(PS_ADVISORS)));
        grants.addAll(AccessPolicy.processReaders(SESSION, List.of(PS_ADVISORS)));
        grants.addAll(AccessPolicy.processReaders(ENROLMENT, List.of(OFFICERS, SUPERVISORS, PS_ADVISORS)));
        grants.addAll(AccessPolicy.processReaders(CHALLENGE, List.of(SUPERVISORS, PS_ADVISORS)));

        starters(grants, SERIES, List.of(PS_ADVISORS));
        starters(grants, ENROLMENT, List.of(SUPERVISORS, PS_ADVISORS));
        starters(grants, CHALLENGE, List.of(SUPERVISORS, PS_ADVISORS));

        // Advisors cancel sessions and end series (message correlation) and follow them in Cockpit.
        for (String key : List.of(SERIES, SESSION, ENROLMENT, CHALLENGE)) {
            grants.add(new Grant(PS_ADVISORS, Resources.PROCESS_DEFINITION, key, List.of(Permissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.UPDATE_INSTANCE)));
        }
        // Supervisors follow their enrolments and challenges in Cockpit.
        for (String key : List.of(ENROLMENT, CHALLENGE)) {
            grants.add(new Grant(SUPERVISORS, Resources.PROCESS_DEFINITION, key, List.of(Permissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY)));
        }
        return grants;
    }

    private static void starters(List<Grant> grants, String key, List<String> groups) {
        groups.forEach(g -> {
            grants.add(new Grant(g, Resources.PROCESS_DEFINITION, key, List.of(Permissions.READ, Permissions.CREATE_INSTANCE)));
            grants.add(new Grant(g, Resources.PROCESS_INSTANCE, "*", List.of(Permissions.CREATE)));
        });
    }
}
