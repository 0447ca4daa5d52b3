package org.problemsolvinghub.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.jayway.jsonpath.JsonPath;

/**
 * The 30-day challenge through the API on PostgreSQL: streaks across a missed day and mended by a
 * catch-up, the catch-up window, points and badges, ties on the leaderboard (people and teams), the
 * cohort's reflections, the close and the results briefing, and 400 naming the field for bad input.
 */
class ChallengeApiTest extends HubTest {

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    LocalDate start;

    @BeforeEach
    void teams() {
        start = LocalDate.now(LearningConfiguration.FORCE_TIME_ZONE).plusDays(1);
        on(start.minusDays(1));
        put("ljones", "/api/learning/teams/coventry-npt-south/members/kpatel");
        put("ljones", "/api/learning/teams/coventry-npt-south/members/pcollins");
        put("sbrown", "/api/learning/teams/birmingham-npt-east/members/mkhan");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private void put(String user, String path) {
        var answer = as(user).exchange(path, HttpMethod.PUT, new HttpEntity<>(Map.of("superUser", false)), String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    }

    /** Noon on that date, the force's time. */
    private void on(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(day.atTime(12, 0), LearningConfiguration.FORCE_TIME_ZONE)
                .toInstant()));
    }

    private void onDay(int day) {
        on(start.plusDays(day - 1L));
    }

    private String setUp(String user, Map<String, Object> request) {
        var created = as(user).postForEntity("/api/learning/challenges", request, String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        return JsonPath.read(created.getBody(), "$.reference");
    }

    private String forceWide() {
        return setUp("rgreen", Map.of("title", "Problem-solving habits", "startsOn", start.toString()));
    }

    private void join(String user, String reference, String team) {
        var joined = as(user).postForEntity("/api/learning/challenges/" + reference + "/participants",
                team == null ? Map.of() : Map.of("team", team), String.class);
        assertThat(joined.getStatusCode()).as(joined.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    private ResponseEntity<String> complete(String user, String reference, int day) {
        return as(user).postForEntity("/api/learning/challenges/" + reference + "/days/" + day,
                Map.of("reflection", user + " on day " + day + ": asked a resident what bothers them"), String.class);
    }

    private void completeOk(String user, String reference, int day) {
        var answer = complete(user, reference, day);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
    }

    private String mine(String user, String reference) {
        return as(user).getForObject("/api/learning/challenges/" + reference + "/me", String.class);
    }

    private static String field(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        return JsonPath.read(answer.getBody(), "$.errors[0].field");
    }

    @Test
    void aMissedDayBreaksTheStreakAndCatchingItUpWithinTheWindowMendsIt() {
        String reference = forceWide();
        assertThat(reference).matches("CHL-\\d{4}-\\d{2}");
        join("kpatel", reference, "coventry-npt-south");

        onDay(1);
        completeOk("kpatel", reference, 1);
        onDay(2);
        completeOk("kpatel", reference, 2);
        // day 3 missed
        onDay(4);
        completeOk("kpatel", reference, 4);
        onDay(5);
        completeOk("kpatel", reference, 5);
        String me = mine("kpatel", reference);
        assertThat((Integer) JsonPath.read(me, "$.daysDone")).isEqualTo(4);
        assertThat((Integer) JsonPath.read(me, "$.currentStreak")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(me, "$.longestStreak")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(me, "$.points")).isEqualTo(40);
        assertThat((List<?>) JsonPath.read(me, "$.badges")).isEmpty();
        assertThat((String) JsonPath.read(me, "$.days[2].state")).isEqualTo("CATCH_UP");

        // Day 3's date plus two days is still open: catching it up mends the streak, for fewer points.
        completeOk("kpatel", reference, 3);
        me = mine("kpatel", reference);
        assertThat((Integer) JsonPath.read(me, "$.currentStreak")).isEqualTo(5);
        assertThat((Integer) JsonPath.read(me, "$.longestStreak")).isEqualTo(5);
        assertThat((Integer) JsonPath.read(me, "$.points")).isEqualTo(45);
        assertThat((List<String>) JsonPath.read(me, "$.badges[*].code")).containsExactly("STREAK_3");
        assertThat((String) JsonPath.read(me, "$.days[2].state")).isEqualTo("CAUGHT_UP");

        // Today's day, and a day still within its window, do not break the streak yet; a day past its window does,
        // and cannot be caught up any more.
        onDay(6);
        assertThat((Integer) JsonPath.read(mine("kpatel", reference), "$.currentStreak")).isEqualTo(5);
        onDay(7);
        assertThat((Integer) JsonPath.read(mine("kpatel", reference), "$.currentStreak")).isEqualTo(5);
        onDay(9);
        assertThat((Integer) JsonPath.read(mine("kpatel", reference), "$.currentStreak")).isZero();
        var closed = complete("kpatel", reference, 6);
        assertThat(field(closed)).isEqualTo("day");
        assertThat(closed.getBody()).contains("day 6 closed on " + start.plusDays(7));
        assertThat((String) JsonPath.read(mine("kpatel", reference), "$.days[5].state")).isEqualTo("MISSED");
        completeOk("kpatel", reference, 7); // day 7's window ends on day 9
        var early = complete("kpatel", reference, 10);
        assertThat(field(early)).isEqualTo("day");
        assertThat(early.getBody()).contains("opens on");
        assertThat(field(complete("kpatel", reference, 31))).isEqualTo("day");
        assertThat(field(as("kpatel").postForEntity("/api/learning/challenges/" + reference + "/days/9",
                Map.of("reflection", "ok"), String.class))).isEqualTo("reflection");
        assertThat(complete("kpatel", reference, 7).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(complete("awright", reference, 9).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void equalScoresShareARankOnTheLeaderboardForPeopleAndForTeams() {
        String reference = forceWide();
        join("kpatel", reference, "coventry-npt-south");
        join("pcollins", reference, "coventry-npt-south");
        join("mkhan", reference, null); // his only team

        onDay(1);
        completeOk("kpatel", reference, 1);
        completeOk("pcollins", reference, 1);
        completeOk("mkhan", reference, 1);
        onDay(2);
        completeOk("kpatel", reference, 2);
        completeOk("pcollins", reference, 2);

        String board = as("ljones").getForObject("/api/learning/challenges/" + reference + "/leaderboard", String.class);
        assertThat((List<String>) JsonPath.read(board, "$.people[*].userId")).containsExactly("kpatel", "pcollins", "mkhan");
        assertThat((List<Integer>) JsonPath.read(board, "$.people[*].rank")).containsExactly(1, 1, 3);
        assertThat((List<Integer>) JsonPath.read(board, "$.people[*].points")).containsExactly(20, 20, 10);
        assertThat((List<String>) JsonPath.read(board, "$.teams[*].team")).containsExactly("coventry-npt-south", "birmingham-npt-east");
        assertThat((List<Integer>) JsonPath.read(board, "$.teams[*].rank")).containsExactly(1, 2);

        // mkhan catches day 2 up (5 points instead of 10) and does days 3 and 4 on time.
        onDay(3);
        completeOk("mkhan", reference, 2);
        completeOk("mkhan", reference, 3);
        completeOk("kpatel", reference, 3);
        board = as("ljones").getForObject("/api/learning/challenges/" + reference + "/leaderboard", String.class);
        assertThat((List<Integer>) JsonPath.read(board, "$.people[*].points")).containsExactly(30, 25, 20);
        completeOk("pcollins", reference, 3);
        onDay(4);
        completeOk("mkhan", reference, 4);
        board = as("ljones").getForObject("/api/learning/challenges/" + reference + "/leaderboard", String.class);
        // kpatel 30, pcollins 30, mkhan 35: mkhan first, the two Coventry officers tied second, listed by name.
        assertThat((List<String>) JsonPath.read(board, "$.people[*].userId")).containsExactly("mkhan", "kpatel", "pcollins");
        assertThat((List<Integer>) JsonPath.read(board, "$.people[*].rank")).containsExactly(1, 2, 2);
        assertThat((List<Double>) JsonPath.read(board, "$.teams[*].averagePoints")).containsExactly(35.0, 30.0);
        String team = as("ljones").getForObject("/api/learning/challenges/" + reference
                + "/leaderboard?team=coventry-npt-south", String.class);
        assertThat((List<Integer>) JsonPath.read(team, "$.people[*].rank")).containsExactly(1, 1);

        // The cohort reads each other's reflections; someone outside it does not.
        String reflections = as("kpatel").getForObject("/api/learning/challenges/" + reference + "/days/1/reflections",
                String.class);
        assertThat((List<String>) JsonPath.read(reflections, "$[*].userId")).containsExactlyInAnyOrder("kpatel", "pcollins", "mkhan");
        assertThat(as("awright").getForEntity("/api/learning/challenges/" + reference + "/days/1/reflections",
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("hmorris").getForEntity("/api/learning/challenges/" + reference + "/leaderboard",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void whenTheLastCatchUpDayIsOverTheChallengeClosesAndItsManagerSharesTheResults() {
        String reference = setUp("ljones", Map.of("title", "Coventry South habits", "startsOn", start.toString(),
                "team", "coventry-npt-south"));
        join("kpatel", reference, null);
        assertThat(as("mkhan").postForEntity("/api/learning/challenges/" + reference + "/participants", Map.of(),
                String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        onDay(1);
        completeOk("kpatel", reference, 1);

        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
        var timer = managementService.createJobQuery().processInstanceId(pi.getId()).activityId("Timer_ChallengeOver").singleResult();
        // Day 30 plus two catch-up days, then closed at the start of the next day.
        assertThat(timer.getDuedate().toInstant()).isEqualTo(start.plusDays(32)
                .atStartOfDay(LearningConfiguration.FORCE_TIME_ZONE).toInstant());
        onDay(33);
        managementService.executeJob(timer.getId());
        Task results = taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(results.getName()).isEqualTo("Share the results of " + reference + ": Coventry South habits");
        assertThat(taskService.getIdentityLinksForTask(results.getId())).anyMatch(l -> "supervisors-coventry".equals(l.getGroupId()));
        assertThat((String) runtimeService.getVariable(pi.getId(), "leaderboardSummary")).contains("1. Kiran Patel: 10 points");
        assertThat(field(complete("kpatel", reference, 30))).isEqualTo("day");

        actAs("ljones");
        taskService.complete(results.getId(), Map.of("briefedOn", start.plusDays(33).toString(), "briefingNotes", "Well done all"));
        identityService.clearAuthentication();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
                .getEndActivityId()).isEqualTo("EndEvent_ChallengeClosed");
        String view = as("kpatel").getForObject("/api/learning/challenges/" + reference, String.class);
        assertThat((String) JsonPath.read(view, "$.status")).isEqualTo("CLOSED");
        assertThat((String) JsonPath.read(view, "$.briefedOn")).isEqualTo(start.plusDays(33).toString());
    }

    @Test
    void aBadSetUpIsRefusedWith400NamingTheField() {
        String path = "/api/learning/challenges";
        assertThat(field(as("rgreen").postForEntity(path, Map.of("startsOn", start.toString()), String.class))).isEqualTo("title");
        assertThat(field(as("rgreen").postForEntity(path, Map.of("title", "Old", "startsOn", "2020-01-01"), String.class)))
                .isEqualTo("startsOn");
        assertThat(field(as("ljones").postForEntity(path, Map.of("title", "Theirs", "startsOn", start.toString(),
                "team", "birmingham-npt-east"), String.class))).isEqualTo("team");
        assertThat(field(as("rgreen").postForEntity(path, Map.of("title", "No such", "startsOn", start.toString(),
                "template", "nothing"), String.class))).isEqualTo("template");
        assertThat(as("kpatel").postForEntity(path, Map.of("title", "Mine", "startsOn", start.toString()), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
