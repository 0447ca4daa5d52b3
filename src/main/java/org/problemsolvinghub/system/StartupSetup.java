package org.problemsolvinghub.system;

import org.problemsolvinghub.organisation.OrganisationGroups;
import org.problemsolvinghub.security.AccessPolicySetup;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What every hub needs in Camunda before anyone logs in, demo or not: the force's groups and the
 * grants and Tasklist filters of each role. The demo force (if on) runs after this.
 */
@Component
@Order(10)
class StartupSetup implements ApplicationRunner {

    private final OrganisationGroups groups;
    private final AccessPolicySetup accessPolicy;

    StartupSetup(OrganisationGroups groups, AccessPolicySetup accessPolicy) {
        this.groups = groups;
        this.accessPolicy = accessPolicy;
    }

    @Override
    public void run(ApplicationArguments args) {
        groups.createMissingGroups();
        accessPolicy.apply();
    }
}
