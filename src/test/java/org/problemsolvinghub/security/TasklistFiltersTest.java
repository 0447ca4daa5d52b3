package org.problemsolvinghub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;

import com.jayway.jsonpath.JsonPath;

/** The Tasklist filters each role starts with, run as Tasklist runs them (through the REST API). */
class TasklistFiltersTest extends HubTest {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /**
     * The filter's tasks of the given plans: the whole list as far as the engine's query limit allows
     * (other tests leave many tasks behind, so a page of 200 was not enough), kept to those plans.
     */
    private List<String> run(String user, String filter, String... references) {
        List<String> names = JsonPath.read(as(user).getForObject("/engine-rest/filter/" + filterId(user, filter)
                + "/list?maxResults=2000", String.class), "$[*].name");
        return names.stream().filter(n -> List.of(references).stream().anyMatch(n::contains)).toList();
    }

    @Test
    void everyRoleSeesTheThreeFilters() {
        for (String user : List.of("kpatel", "ljones", "hmorris", "awright", "rgreen", "dwhite", "nhughes", "ebaker")) {
            for (String filter : List.of("My tasks", "My area's team tasks", "Overdue")) {
                filterId(user, filter);
            }
        }
    }

    @Test
    void myAreasTeamTasksShowsTheAreasWorkAndOnlyThat() {
        String coventry = raisePlan("kpatel", "coventry", "Longford", "Dog fouling in Longford Park");
        String birmingham = raisePlan("mkhan", "birmingham", "Nechells", "Motorbike theft in Nechells");

        List<String> ljones = run("ljones", "My area's team tasks", coventry, birmingham);
        assertThat(ljones).anyMatch(n -> n.contains(coventry)).noneMatch(n -> n.contains(birmingham));
        List<String> sbrown = run("sbrown", "My area's team tasks", coventry, birmingham);
        assertThat(sbrown).anyMatch(n -> n.contains(birmingham)).noneMatch(n -> n.contains(coventry));
        assertThat(run("hmorris", "My area's team tasks", coventry, birmingham)).noneMatch(n -> n.contains(coventry) || n.contains(birmingham));
    }

    @Test
    void overdueShowsTasksPastTheirDueDate() {
        String reference = raisePlan("kpatel", "coventry", "Radford", "Graffiti on Radford shops");
        assertThat(run("ljones", "Overdue", reference)).noneMatch(n -> n.contains(reference));

        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(30, ChronoUnit.DAYS)));
        assertThat(run("ljones", "Overdue", reference)).anyMatch(n -> n.contains(reference));
        assertThat(run("sbrown", "Overdue", reference)).noneMatch(n -> n.contains(reference));
    }
}
