package org.problemsolvinghub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.problemsolvinghub.organisation.HubGroups;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The grants written at start: nothing rewritten when they stand, and a missing permission put back. */
class AccessPolicySetupTest extends HubTest {

    @Autowired
    AccessPolicySetup setup;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    JdbcTemplate jdbc;

    private String revisions() {
        return jdbc.queryForObject("select count(*) || '/' || coalesce(sum(rev_), 0) from act_ru_authorization", String.class);
    }

    @Test
    void aSecondStartWritesNoGrantThatAlreadyStands() {
        setup.apply();
        String before = revisions();
        setup.apply();
        assertThat(revisions()).isEqualTo(before);
    }

    @Test
    void aPermissionTakenAwayIsGrantedAgainAtTheNextStart() {
        Authorization tasklist = authorizationService.createAuthorizationQuery().groupIdIn(HubGroups.OFFICERS)
                .resourceType(Resources.APPLICATION).resourceId("tasklist").singleResult();
        tasklist.removePermission(Permissions.ACCESS);
        authorizationService.saveAuthorization(tasklist);
        assertThat(authorizationService.isUserAuthorized("kpatel", List.of(HubGroups.OFFICERS),
                Permissions.ACCESS, Resources.APPLICATION, "tasklist")).isFalse();

        setup.apply();

        assertThat(authorizationService.createAuthorizationQuery().groupIdIn(HubGroups.OFFICERS)
                .resourceType(Resources.APPLICATION).resourceId("tasklist").singleResult()
                .isPermissionGranted(Permissions.ACCESS)).isTrue();
    }
}
