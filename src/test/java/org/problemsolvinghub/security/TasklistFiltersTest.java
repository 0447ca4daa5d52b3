package org.problemsolvinghub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.springframework.http.HttpStatus;

import com.jayway.jsonpath.JsonPath;

/** The Tasklist filters each role starts with, run as Tasklist runs them (through the REST API). */
class TasklistFiltersTest extends HubTest {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private String filterId(String user, String name) {
        List<String> ids = JsonPath.read(as(user).getForObject("/engine-rest/filter?resourceType=Task&maxResults=50",
                String.class), "$[?(@.name == '" + name.replace("'", "\\'") + "')].id");
        assertThat(ids).as(user + " sees filter " + name).hasSize(1);
        return ids.get(0);
    }

    private List<String> run(String user, String filter) {
        return JsonPath.read(as(user).getForObject("/engine-rest/filter/" + filterId(user, filter)
                + "/list?maxResults=200", String.class), "$[*].name");
    }

    private String raise(String user, String area, String ward, String title) {
        var created = as(user).postForEntity("/api/pmps", Map.of("area", area, "ward", ward, "source", "DATA", "problemType", "OTHER",
                "title", title, "problemStatement", "A recurring problem described well enough to triage it.",
                "evidence", List.of("Incident data", "PACT meeting")), String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return JsonPath.read(created.getBody(), "$.reference");
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
        String coventry = raise("kpatel", "coventry", "Longford", "Dog fouling in Longford Park");
        String birmingham = raise("mkhan", "birmingham", "Nechells", "Motorbike theft in Nechells");

        List<String> ljones = run("ljones", "My area's team tasks");
        assertThat(ljones).anyMatch(n -> n.contains(coventry)).noneMatch(n -> n.contains(birmingham));
        List<String> sbrown = run("sbrown", "My area's team tasks");
        assertThat(sbrown).anyMatch(n -> n.contains(birmingham)).noneMatch(n -> n.contains(coventry));
        assertThat(run("hmorris", "My area's team tasks")).noneMatch(n -> n.contains(coventry) || n.contains(birmingham));
    }

    @Test
    void overdueShowsTasksPastTheirDueDate() {
        String reference = raise("kpatel", "coventry", "Radford", "Graffiti on Radford shops");
        assertThat(run("ljones", "Overdue")).noneMatch(n -> n.contains(reference));

        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(30, ChronoUnit.DAYS)));
        assertThat(run("ljones", "Overdue")).anyMatch(n -> n.contains(reference));
        assertThat(run("sbrown", "Overdue")).noneMatch(n -> n.contains(reference));
    }
}
