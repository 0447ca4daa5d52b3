package org.problemsolvinghub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.problemsolvinghub.system.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.jayway.jsonpath.JsonPath;

/**
 * Issue #8: a request that checks authorizations no longer scans the whole authorization table for the
 * groups that hold grants, Tasklist's filters run without the authorization join ({@link AuthorizationManagerPlugin}),
 * and a user still sees exactly what their grants give (the access matrix and partner isolation tests check the
 * rest).
 */
class AuthorizationManagerPluginTest extends HubTest {

    private static final String SCAN = "select distinct(a.group_id_) from act_ru_authorization a";

    private static final String JOIN = "act_ru_authorization";

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    FilterCountReuse countReuse;

    /** The task queries (selects from the task table) the requests ran, in lower case. */
    private static List<String> taskQueries(Runnable requests) {
        SqlStatements.HUB.start(true);
        requests.run();
        return SqlStatements.HUB.stop().byStatement().keySet().stream().map(s -> s.toLowerCase(Locale.ROOT))
                .filter(s -> s.startsWith("select") && s.contains("act_ru_task res")).toList();
    }

    private List<String> taskNames(String user, String path, String body) {
        ResponseEntity<String> answer = body == null ? as(user).getForEntity(path, String.class)
                : as(user).postForEntity(path, json(body), String.class);
        assertThat(answer.getStatusCode()).as(path + " " + body).isEqualTo(HttpStatus.OK);
        return JsonPath.read(answer.getBody(), "$[*].name");
    }

    @Test
    void tasklistsFiltersRunWithoutTheAuthorizationJoin() {
        raisePlan("kpatel", "coventry", "Longford", "Fly-tipping behind Longford shops");
        List<String> filters = JsonPath.read(as("ljones").getForObject("/engine-rest/filter?resourceType=Task&maxResults=50",
                String.class), "$[*].id");
        assertThat(filters).hasSize(3);
        as("ljones").getForObject("/engine-rest/filter?resourceType=Task&itemCount=true&maxResults=50", String.class); // caches warm
        countReuse.forgetCounts(); // counted again below, to see their SQL

        List<String> queries = taskQueries(() -> {
            as("ljones").getForObject("/engine-rest/filter?resourceType=Task&itemCount=true&maxResults=50", String.class);
            for (String filter : filters) {
                as("ljones").postForEntity("/engine-rest/filter/" + filter + "/list?maxResults=15", json("{}"), String.class);
            }
        });

        assertThat(queries).as("three counts and three pages").hasSizeGreaterThanOrEqualTo(6)
                .noneMatch(sql -> sql.contains(JOIN));
        String myArea = filterId("ljones", "My area's team tasks");
        assertThat(taskNames("ljones", "/engine-rest/filter/" + myArea + "/list?maxResults=500", "{}"))
                .as("the filters still find the area's tasks").isNotEmpty();
    }

    @Test
    void otherTaskQueriesAreCheckedAsCamundaChecksThem() {
        List<String> queries = taskQueries(() -> {
            as("ljones").getForObject("/engine-rest/task/count", String.class);
            as("ljones").getForObject("/engine-rest/task?candidateGroup=supervisors-birmingham&maxResults=15", String.class);
            as("ljones").getForObject("/engine-rest/task?assignee=kpatel&maxResults=15", String.class);
            as("ljones").getForObject("/engine-rest/task?involvedUser=ljones&maxResults=15", String.class);
            as("ljones").getForObject("/engine-rest/task?owner=ljones&maxResults=15", String.class);
            as("ljones").getForObject("/engine-rest/task?candidateUser=ljones&maxResults=15", String.class);
        });
        assertThat(queries).hasSize(6).allMatch(sql -> sql.contains(JOIN));
    }

    @Test
    void aUserWithRevocationsIsCheckedInFull() {
        String myTasks = filterId("ljones", "My tasks");
        Authorization revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId("ljones");
        revoke.setResource(Resources.TASK);
        revoke.setResourceId("no-such-task");
        revoke.removePermission(Permissions.READ);
        authorizationService.saveAuthorization(revoke);
        try {
            List<String> queries = taskQueries(() -> as("ljones").getForObject("/engine-rest/filter/" + myTasks + "/count",
                    String.class));
            assertThat(queries).hasSize(1).allMatch(sql -> sql.contains(JOIN));
        } finally {
            authorizationService.deleteAuthorization(revoke.getId());
        }
    }

    @Test
    void noQueryFindsAnotherAreasTasks() {
        String birmingham = raisePlan("mkhan", "birmingham", "Nechells", "Cars racing on Nechells Parkway");
        assertThat(taskNames("sbrown", "/engine-rest/task?candidateGroup=supervisors-birmingham&maxResults=500", null))
                .as("Birmingham's supervisors are offered its triage").anyMatch(n -> n.contains(birmingham));

        String myArea = filterId("ljones", "My area's team tasks");
        List<List<String>> seen = List.of(
                taskNames("ljones", "/engine-rest/task?candidateGroup=supervisors-birmingham&maxResults=500", null),
                taskNames("ljones", "/engine-rest/task?candidateGroups=supervisors-coventry,supervisors-birmingham"
                        + "&maxResults=500", null),
                taskNames("ljones", "/engine-rest/task?maxResults=500", """
                        {"orQueries": [{"assignee": "ljones", "candidateGroups": ["supervisors-birmingham"]}]}"""),
                taskNames("ljones", "/engine-rest/task?maxResults=500", """
                        {"orQueries": [{"assignee": "ljones", "nameLike": "%%%s%%"}]}""".formatted(birmingham)),
                taskNames("ljones", "/engine-rest/task?maxResults=500", """
                        {"orQueries": [{"candidateGroups": ["supervisors-coventry"], "candidateGroupLike": "%"}]}"""),
                taskNames("ljones", "/engine-rest/filter/" + myArea + "/list?maxResults=500", """
                        {"candidateGroups": ["supervisors-birmingham"]}"""),
                taskNames("ljones", "/engine-rest/filter/" + myArea + "/list?maxResults=500", """
                        {"orQueries": [{"candidateGroupLike": "supervisors-%"}]}"""));
        assertThat(seen).allSatisfy(names -> assertThat(names).noneMatch(n -> n.contains(birmingham)));
    }

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
        assertThat(factory.openSession()).isInstanceOf(AuthorizationManagerPlugin.HubAuthorizationManager.class);
    }

    @Test
    void groupsAreKeptAsTheyAreEvenWithoutGrants() {
        var manager = new AuthorizationManagerPlugin.HubAuthorizationManager();
        assertThat(manager.filterAuthenticatedGroupIds(List.of("officers-coventry", "a-group-with-no-grants")))
                .containsExactly("officers-coventry", "a-group-with-no-grants");
        assertThat(manager.filterAuthenticatedGroupIds(null)).isEmpty();
    }
}
