package org.problemsolvinghub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.problemsolvinghub.HubTest;
import org.problemsolvinghub.system.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;

import com.jayway.jsonpath.JsonPath;

/**
 * Issue #8: Tasklist's filters run with the hub's task statement ({@link OwnTaskStatements}), an {@code exists} over
 * the identity links instead of Camunda's join and {@code select distinct}, and find exactly what Camunda's finds:
 * each query is asked both ways (with {@code withoutTenantId()}, which changes no answer in a hub without
 * tenants, it goes to Camunda's statement): the same page, order and count.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OwnTaskStatementsTest extends HubTest {

    private static final List<String> SUPERVISOR_GROUPS = List.of("supervisors", "supervisors-coventry");

    @Autowired
    TaskService taskService;

    @Autowired
    FilterCountReuse countReuse;

    @BeforeAll
    void plans() {
        raisePlan("kpatel", "coventry", "Longford", "Motorbikes on Longford Park");
        raisePlan("kpatel", "coventry", "Foleshill", "Drug litter in Foleshill stairwells");
    }

    private static final Date A_YEAR_ON = Date.from(Instant.now().plus(365, ChronoUnit.DAYS));
    private static final Date A_YEAR_AGO = Date.from(Instant.now().minus(365, ChronoUnit.DAYS));

    /** A query of the user's, which the hub's statement takes. */
    private record Asked(String user, Supplier<TaskQuery> query) {
    }

    /** Queries the hub's statement takes, by what they are. */
    private Map<String, Asked> fitting() {
        return Map.of(
                "Overdue (a year on, so that the demo's tasks are)", new Asked("ljones", () -> taskService.createTaskQuery()
                        .or().taskAssignee("ljones").taskCandidateGroupIn(SUPERVISOR_GROUPS).endOr().dueBefore(A_YEAR_ON)),
                "My area's team tasks", new Asked("ljones", () -> taskService.createTaskQuery()
                        .taskCandidateGroupIn(SUPERVISOR_GROUPS).includeAssignedTasks()),
                "offered and unclaimed", new Asked("ljones", () -> taskService.createTaskQuery()
                        .taskCandidateGroupIn(SUPERVISOR_GROUPS)),
                "My tasks", new Asked("kpatel", () -> taskService.createTaskQuery().taskAssignee("kpatel")),
                "an officer's overdue, due between", new Asked("kpatel", () -> taskService.createTaskQuery().or()
                        .taskAssignee("kpatel").taskCandidateGroupIn(List.of("officers-coventry", "officers"))
                        .includeAssignedTasks().endOr().dueAfter(A_YEAR_AGO).dueBefore(A_YEAR_ON)),
                "one group", new Asked("ljones", () -> taskService.createTaskQuery()
                        .taskCandidateGroup("supervisors-coventry")));
    }

    private void sameBothWays(String what, Supplier<TaskQuery> query) {
        List<Supplier<TaskQuery>> sorted = List.of(
                () -> query.get().orderByTaskCreateTime().desc().orderByTaskId().asc(),
                () -> query.get().orderByDueDate().asc().orderByTaskId().desc(),
                () -> query.get().orderByTaskPriority().desc().orderByTaskName().asc().orderByTaskId().asc(),
                query);
        for (Supplier<TaskQuery> each : sorted) {
            for (int[] page : new int[][] { { 0, 15 }, { 2, 3 }, { 0, 500 } }) {
                List<String> hub = ids(ran(true, () -> each.get().listPage(page[0], page[1])));
                List<String> camunda = ids(ran(false, () -> each.get().withoutTenantId().listPage(page[0], page[1])));
                assertThat(hub).as(what + ", page " + page[0] + "+" + page[1]).isEqualTo(camunda);
            }
        }
        long count = ran(true, () -> query.get().count());
        assertThat(count).as(what + ": count").isEqualTo((long) ran(false, () -> query.get().withoutTenantId().count()));
        assertThat(count).as(what + ": something to compare").isPositive();
    }

    /** Runs the query, checking which statement it took: the hub's (no DISTINCT, links in EXISTS) or Camunda's. */
    private static <T> T ran(boolean hubs, Supplier<T> query) {
        SqlStatements.HUB.start(true);
        T answer = query.get();
        List<String> taskSql = SqlStatements.HUB.stop().byStatement().keySet().stream()
                .map(s -> s.toLowerCase(Locale.ROOT)).filter(s -> s.contains("from act_ru_task res")).toList();
        assertThat(taskSql).hasSize(1);
        assertThat(taskSql.get(0)).as((hubs ? "the hub's statement, " : "Camunda's statement, ") + taskSql.get(0))
                .matches(sql -> hubs == !(sql.contains("distinct") || sql.contains("join act_ru_identitylink")));
        return answer;
    }

    private static List<String> ids(List<Task> tasks) {
        return tasks.stream().map(Task::getId).toList();
    }

    @Test
    void tasklistsQueriesFindWhatCamundasStatementFinds() {
        fitting().forEach((what, asked) -> {
            actAs(asked.user());
            sameBothWays(what, asked.query());
        });
    }

    @Test
    void withoutAuthorizationTheyFindTheSameToo() {
        identityService.clearAuthentication();
        fitting().forEach((what, asked) -> sameBothWays(what, asked.query()));
    }

    @Test
    void otherQueriesGoToCamundasStatement() {
        actAs("ljones");
        ran(false, () -> taskService.createTaskQuery().taskCandidateGroupIn(SUPERVISOR_GROUPS).or()
                .taskAssignee("ljones").taskCandidateGroup("supervisors").endOr().listPage(0, 15)); // groups in two parts
        ran(false, () -> taskService.createTaskQuery().processDefinitionKey("pmp").listPage(0, 15)); // checked, and another criterion
        ran(false, () -> taskService.createTaskQuery().taskCandidateGroupIn(SUPERVISOR_GROUPS).taskName("Triage").listPage(0, 15));
        ran(false, () -> taskService.createTaskQuery().taskCandidateGroupIn(SUPERVISOR_GROUPS)
                .orderByProcessVariable("area", org.camunda.bpm.engine.variable.type.ValueType.STRING).asc().listPage(0, 15));
        ran(false, () -> taskService.createTaskQuery().taskCandidateUser("ljones").listPage(0, 15));
    }

    @Test
    void tasklistsFiltersOverRestTakeTheHubsStatement() {
        countReuse.forgetCounts();
        List<String> filters = JsonPath.read(as("ljones").getForObject("/engine-rest/filter?resourceType=Task&maxResults=50",
                String.class), "$[*].id");
        for (String filter : filters) {
            SqlStatements.HUB.start(true);
            as("ljones").postForEntity("/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15",
                    json(TASKLIST_PAGE), String.class);
            List<String> taskSql = SqlStatements.HUB.stop().byStatement().keySet().stream()
                    .map(s -> s.toLowerCase(Locale.ROOT)).filter(s -> s.contains("from act_ru_task res")).toList();
            assertThat(taskSql).as("filter " + filter).isNotEmpty()
                    .noneMatch(sql -> sql.contains("distinct") || sql.contains("join act_ru_identitylink"));
        }
    }
}
