package org.problemsolvinghub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.problemsolvinghub.TasklistSession;
import org.problemsolvinghub.pmp.PlanDriver;
import org.problemsolvinghub.pmp.PmpService;
import org.problemsolvinghub.pmp.ProblemType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import com.jayway.jsonpath.JsonPath;

/**
 * A partner reaches a plan only through what their agency holds in it, by every door: the hub's API,
 * the library, the engine's REST API (runtime, history and variables), the same API behind the
 * webapps' session, and Cockpit's. The demo force has two such plans: Edgwick Park (Coventry), whose
 * action A01 is the Coventry council ASB team's (Helen Morris), and the Lozells Road fly-tipping handed
 * to the Birmingham council ASB team (Tunde Okafor). Each partner must find their own and nothing of
 * the other's. An officer of another area reads plans force-wide, as the policy says, but neither sees
 * nor edits another area's work.
 */
class PartnerIsolationTest extends HubTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    private String edgwick;
    private String edgwickInstance;
    private String lozells;
    private String lozellsInstance;

    /** Like the demo's Edgwick Park plan, but this test's own: other tests in the same hub finish the demo's action A01. */
    private static String ownPlan;

    @Autowired
    PmpService pmpService;

    @BeforeEach
    void findTheTwoPlans() {
        if (ownPlan == null) {
            PlanDriver driver = new PlanDriver(processEngine, pmpService);
            ownPlan = driver.raise("kpatel", "coventry", "Radford", ProblemType.ANTISOCIAL_BEHAVIOUR,
                    "Partner isolation: youths in Radford park").getBusinessKey();
            driver.adopt("ljones", ownPlan, "kpatel");
            driver.analyse("kpatel", ownPlan);
            driver.setObjectives("kpatel", ownPlan);
            driver.planResponse("kpatel", ownPlan, "kpatel", "coventry-council-asb");
            identityService.clearAuthentication();
        }
        edgwick = ownPlan;
        lozells = jdbc.queryForObject("select reference from pmp where title like '%Lozells Road%'", String.class);
        edgwickInstance = instanceOf(edgwick);
        lozellsInstance = instanceOf(lozells);
    }

    private String instanceOf(String reference) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("pmp").processInstanceBusinessKey(reference)
                .singleResult().getId();
    }

    /** Every query door of the engine's API onto one plan's process instance (and its actions' for tasks); not URL-encoded. */
    private static List<String> engineQueries(String reference, String instance) {
        return List.of(
                "/task?processInstanceBusinessKeyLike=" + reference + "%&maxResults=50", // the plan's actions too
                "/task?processInstanceId=" + instance + "&maxResults=50",
                "/process-instance?businessKey=" + reference + "&maxResults=50",
                "/execution?processInstanceId=" + instance + "&maxResults=50",
                "/variable-instance?processInstanceIdIn=" + instance + "&maxResults=50",
                "/history/process-instance?processInstanceBusinessKey=" + reference + "&maxResults=50",
                "/history/task?processInstanceId=" + instance + "&maxResults=50",
                "/history/variable-instance?processInstanceId=" + instance + "&maxResults=50",
                "/history/activity-instance?processInstanceId=" + instance + "&maxResults=50",
                "/history/detail?processInstanceId=" + instance + "&maxResults=50",
                "/history/identity-link-log?processInstanceId=" + instance + "&maxResults=50",
                "/history/incident?processInstanceId=" + instance + "&maxResults=50",
                "/history/user-operation?processInstanceId=" + instance + "&maxResults=50");
    }

    private static List<?> list(ResponseEntity<String> answer, String what) {
        assertThat(answer.getStatusCode()).as(what).isEqualTo(HttpStatus.OK);
        return JsonPath.read(answer.getBody(), "$");
    }

    @Test
    void eachPartnerFindsTheirOwnPlanInTheHubsApiAndLibraryAndNothingOfTheOther() {
        assertThat(as("hmorris").getForEntity("/api/pmps/" + edgwick, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("tokafor").getForEntity("/api/pmps/" + lozells, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        for (String[] outsider : List.of(new String[] {"tokafor", edgwick}, new String[] {"hmorris", lozells})) {
            var client = as(outsider[0]);
            for (String path : List.of("", "/audit", "/quality", "/practice-bank")) {
                assertThat(client.getForEntity("/api/pmps/" + outsider[1] + path, String.class).getStatusCode())
                        .as(outsider[0] + " " + outsider[1] + path).isEqualTo(HttpStatus.NOT_FOUND);
            }
            String list = client.getForObject("/api/pmps?size=100", String.class);
            assertThat(list).as(outsider[0] + " plan list").doesNotContain(outsider[1]);
        }
        // The library: a closed Birmingham plan the Birmingham council held an action in, found by its words.
        String handsworth = jdbc.queryForObject("select reference from pmp where title like '%Handsworth%'", String.class);
        assertThat(as("mkhan").getForObject("/api/library?q=Handsworth car park", String.class)).contains(handsworth);
        assertThat(as("hmorris").getForObject("/api/library?q=Handsworth car park", String.class)).doesNotContain(handsworth);
        assertThat(as("hmorris").getForObject("/api/library?q=Handsworth car park&kind=pmp", String.class)).doesNotContain(handsworth);
    }

    @Test
    void noEngineQueryShowsAPartnerAnotherAgencysPlanOrTheirOwnPlansCaseFile() {
        for (String[] outsider : List.of(new String[] {"tokafor", edgwick, edgwickInstance},
                new String[] {"hmorris", lozells, lozellsInstance})) {
            for (String query : engineQueries(outsider[1], outsider[2])) {
                assertThat(list(as(outsider[0]).getForEntity("/engine-rest" + query, String.class), outsider[0] + " " + query))
                        .as(outsider[0] + " " + query).isEmpty();
            }
        }
        // Even on the plan their agency has an action in, a partner sees the action's task and not the case file.
        for (String query : engineQueries(edgwick, edgwickInstance)) {
            List<?> seen = list(as("hmorris").getForEntity("/engine-rest" + query, String.class), query);
            if (query.startsWith("/task?processInstanceBusinessKeyLike")) {
                assertThat(seen).as(query).hasSize(1);
                assertThat((String) JsonPath.read(as("hmorris").getForObject("/engine-rest" + query, String.class), "$[0].name"))
                        .contains(edgwick + "-A01");
            } else {
                assertThat(seen).as("hmorris " + query).isEmpty();
            }
        }
    }

    @Test
    void noneOfThePlansTasksOpensToAnotherAgencyOrAnotherAreasOfficers() {
        String actionTask = taskService.createTaskQuery().processInstanceBusinessKey(edgwick + "-A01").singleResult().getId();
        String ownersTask = taskService.createTaskQuery().processInstanceId(edgwickInstance).list().get(0).getId();
        for (String outsider : List.of("tokafor", "mkhan", "sbrown")) {
            for (String path : List.of("", "/form-variables", "/variables", "/localVariables", "/identity-links", "/form")) {
                assertThat(as(outsider).getForEntity("/engine-rest/task/" + actionTask + path, String.class).getStatusCode().value())
                        .as(outsider + " action task" + path).isIn(403, 404);
                assertThat(as(outsider).getForEntity("/engine-rest/task/" + ownersTask + path, String.class).getStatusCode().value())
                        .as(outsider + " owner's task" + path).isIn(403, 404);
            }
            assertThat(as(outsider).postForEntity("/engine-rest/task/" + actionTask + "/claim", Map.of("userId", outsider), String.class)
                    .getStatusCode().value()).as(outsider + " claims").isIn(403, 404);
        }
        for (String path : List.of("", "/form-variables", "/variables")) {
            assertThat(as("hmorris").getForEntity("/engine-rest/task/" + ownersTask + path, String.class).getStatusCode().value())
                    .as("hmorris, the owner's task" + path).isIn(403, 404);
        }
        assertThat(taskService.createTaskQuery().taskId(actionTask).singleResult().getAssignee()).isNull();
    }

    @Test
    void anOfficerOfAnotherAreaReadsThePlanButCannotEditIt() {
        String plan = as("mkhan").getForObject("/api/pmps/" + edgwick, String.class);
        Number version = JsonPath.read(plan, "$.version");
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> edit = as("mkhan").exchange("/api/pmps/" + edgwick + "/owner", HttpMethod.PUT,
                new HttpEntity<>("{\"owner\":\"mkhan\",\"version\":" + version + "}", json), String.class);
        assertThat(edit.getStatusCode()).as(edit.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) JsonPath.read(as("demo").getForObject("/api/pmps/" + edgwick, String.class), "$.owner")).isEqualTo("kpatel");
    }

    @Test
    void theWebappsDoorsShowAPartnerNoMoreThanTheApis() throws Exception {
        TasklistSession tasklist = TasklistSession.login("http://localhost:" + port, "tokafor", "demo");

        for (String query : engineQueries(edgwick, edgwickInstance)) {
            HttpResponse<String> answer = tasklist.get(TasklistSession.ENGINE_API + query.replace("%", "%25"));
            assertThat(answer.statusCode()).as(query).isEqualTo(200);
            assertThat((List<?>) JsonPath.read(answer.body(), "$")).as("tokafor in Tasklist's session " + query).isEmpty();
        }
        for (String cockpit : List.of("process-instance?firstResult=0&maxResults=50", "process-instance/count",
                "incident?firstResult=0&maxResults=50", "process-definition/statistics")) {
            HttpResponse<String> answer = tasklist.get("/camunda/api/cockpit/plugin/base/default/" + cockpit);
            assertThat(answer.statusCode()).as("Cockpit's API, " + cockpit).isEqualTo(403);
        }
    }
}
