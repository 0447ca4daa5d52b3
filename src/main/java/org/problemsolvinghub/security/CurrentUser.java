package org.problemsolvinghub.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.problemsolvinghub.organisation.HubGroups;
import org.springframework.stereotype.Component;

/**
 * Who is acting, as the engine sees it: set by {@link EngineAuthenticationFilter} for API calls, by
 * the webapps for Tasklist, and by the engine's own context inside delegates.
 */
@Component
public class CurrentUser {

    private final IdentityService identityService;

    CurrentUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** The user id, or null when the engine is acting on its own (a timer, start-up). */
    public String id() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }

    public List<String> groups() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || authentication.getGroupIds() == null) {
            return List.of();
        }
        return authentication.getGroupIds();
    }

    /** True for police staff and for the engine acting on its own (no user to restrict). */
    public boolean isPoliceOrSystem() {
        return identityService.getCurrentAuthentication() == null || HubGroups.isPolice(groups());
    }

    public List<String> partnerAgencies() {
        return HubGroups.partnerAgencies(groups());
    }
}
