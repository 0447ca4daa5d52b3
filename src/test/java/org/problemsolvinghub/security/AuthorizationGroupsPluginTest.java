package org.problemsolvinghub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.problemsolvinghub.system.SqlStatements;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue #8: a request that checks authorizations no longer scans the whole authorization table for the
 * groups that hold grants ({@link AuthorizationGroupsPlugin}), and a user's groups still give them exactly
 * what their grants give (the access matrix and partner isolation tests check the rest).
 */
class AuthorizationGroupsPluginTest extends HubTest {

    private static final String SCAN = "select distinct(a.group_id_) from act_ru_authorization a";

    @Test
    void tasklistRequestsDoNotScanTheAuthorizationTableForGroups() {
        as("kpatel").getForEntity("/engine-rest/task?maxResults=15", String.class); // caches warm
        SqlStatements.HUB.start(true);
        ResponseEntity<String> tasks = as("kpatel").getForEntity("/engine-rest/task?maxResults=15", String.class);
        ResponseEntity<String> count = as("kpatel").getForEntity("/engine-rest/task/count", String.class);
        List<String> statements = List.copyOf(SqlStatements.HUB.stop().byStatement().keySet());

        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(count.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(statements).as("the requests' statements").isNotEmpty()
                .noneMatch(sql -> sql.toLowerCase(Locale.ROOT).startsWith(SCAN));
    }

    @Test
    void theEngineUsesTheHubsAuthorizationManager() {
        var factory = ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration())
                .getSessionFactories().get(AuthorizationManager.class);
        assertThat(factory.openSession()).isInstanceOf(AuthorizationGroupsPlugin.UserGroupsAsTheyAre.class);
    }

    @Test
    void groupsAreKeptAsTheyAreEvenWithoutGrants() {
        var manager = new AuthorizationGroupsPlugin.UserGroupsAsTheyAre();
        assertThat(manager.filterAuthenticatedGroupIds(List.of("officers-coventry", "a-group-with-no-grants")))
                .containsExactly("officers-coventry", "a-group-with-no-grants");
        assertThat(manager.filterAuthenticatedGroupIds(null)).isEmpty();
    }
}
