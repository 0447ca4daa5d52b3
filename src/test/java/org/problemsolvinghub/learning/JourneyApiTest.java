package org.problemsolvinghub.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * Learning journeys through the API on PostgreSQL: a team enrolled, lessons recorded, progress per
 * person, team and area for those who may see it, the reminder date (catch-up tasks for those behind,
 * their supervisors told), the due date, and 400 naming the field for bad input.
 */
class JourneyApiTest extends HubTest {

    static final String TEAM = "coventry-npt-south";

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    HistoryService historyService;

    String journey;

    @BeforeEach
    void aJourneyAndATeam() {
        journey = "test-" + UUID.randomUUID().toString().substring(0, 8);
        List<Map<String, Object>> lessons = new ArrayList<>();
        for (int i = 1; i <= 19; i++) {
            lessons.add(Map.of("title", "Lesson " + i, "minutes", i <= 5 ? 30 : 24));
        }
        var created = as("rgreen").postForEntity("/api/learning/journeys", Map.of("code", journey,
                "title", "Connect for neighbourhood teams", "lessons", lessons), String.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat((Integer) JsonPath.read(created.getBody(), "$.lessonCount")).isEqualTo(19);
        assertThat((Integer) JsonPath.read(created.getBody(), "$.minutes")).isEqualTo(486);
        put("ljones", "/api/learning/teams/" + TEAM + "/members/kpatel", Map.of("superUser", true));
        put("ljones", "/api/learning/teams/" + TEAM + "/members/pcollins", Map.of("superUser", false));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ResponseEntity<String> put(String user, String path, Object body) {
        var answer = as(user).exchange(path, HttpMethod.PUT, new HttpEntity<>(body), String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer;
    }

    private ResponseEntity<String> completeLesson(String user, int position) {
        return as(user).postForEntity("/api/learning/journeys/" + journey + "/lessons/" + position + "/completion", null,
                String.class);
    }

    private static String field(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        return JsonPath.read(answer.getBody(), "$.errors[0].field");
    }

    private void at(LocalDate day, int hour) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(day.atTime(hour, 0), LearningConfiguration.FORCE_TIME_ZONE)
                .toInstant()));
    }

    @Test
    void aTeamIsEnrolledItsProgressIsFollowedAndThoseBehindAreRemindedAndTheirSupervisorsTold() {
        LocalDate today = LocalDate.now(LearningConfiguration.FORCE_TIME_ZONE);
        at(today, 9);
        LocalDate due = today.plusDays(28);
        var enrolled = as("ljones").postForEntity("/api/learning/journeys/" + journey + "/enrolments",
                Map.of("team", TEAM, "dueOn", due.toString()), String.class);
        assertThat(enrolled.getStatusCode()).as(enrolled.getBody()).isEqualTo(HttpStatus.CREATED);
        String reference = JsonPath.read(enrolled.getBody(), "$.enrolment");
        assertThat(reference).matches("JRN-\\d{4}-\\d{4}");
        assertThat((String) JsonPath.read(enrolled.getBody(), "$.remindOn")).isEqualTo(due.minusDays(14).toString());
        assertThat((List<String>) JsonPath.read(enrolled.getBody(), "$.people[*].userId")).containsExactly("kpatel", "pcollins");

        // Lessons are recorded once each; an unknown lesson or a learner not enrolled is refused, naming the field.
        for (int i = 1; i <= 10; i++) {
            assertThat(completeLesson("kpatel", i).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        var again = completeLesson("kpatel", 3);
        assertThat((Integer) JsonPath.read(again.getBody(), "$.lessonsDone")).isEqualTo(10);
        assertThat((Integer) JsonPath.read(again.getBody(), "$.minutesDone")).isEqualTo(5 * 30 + 5 * 24);
        assertThat((String) JsonPath.read(again.getBody(), "$.nextLesson")).isEqualTo("11. Lesson 11");
        assertThat(field(completeLesson("kpatel", 20))).isEqualTo("position");
        assertThat(field(completeLesson("mkhan", 1))).isEqualTo("journey");
        completeLesson("pcollins", 1);

        // The area's supervisors and the team's super user follow it; another area's supervisor and a plain member do not.
        String team = "/api/learning/journeys/" + journey + "/progress/teams/" + TEAM;
        assertThat(as("ljones").getForEntity(team, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("kpatel").getForEntity(team, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("rgreen").getForEntity(team, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("sbrown").getForEntity(team, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("pcollins").getForEntity(team, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("hmorris").getForEntity(team, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        String overview = as("ljones").getForObject("/api/learning/journeys/" + journey + "/progress", String.class);
        assertThat((List<String>) JsonPath.read(overview, "$.areas[*].area")).containsExactly("coventry");
        assertThat((Integer) JsonPath.read(overview, "$.areas[0].percent")).isEqualTo(29); // 11 of 38 lessons
        assertThat((List<?>) JsonPath.read(as("sbrown").getForObject("/api/learning/journeys/" + journey + "/progress",
                String.class), "$.areas")).isEmpty();
        assertThat((Integer) JsonPath.read(as("pcollins").getForObject("/api/learning/journeys/" + journey
                + "/progress/me", String.class), "$.lessonsDone")).isEqualTo(1);

        // Reminder date: half the time gone, 9 of 19 lessons expected. kpatel (10) is on track, pcollins (1) is not.
        ProcessInstance pi = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
        at(due.minusDays(14), 1);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId())
                .activityId("Timer_ReminderDate").singleResult().getId());
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(pi.getId()).list();
        Task catchUp = tasks.stream().filter(t -> "Task_CatchUp".equals(t.getTaskDefinitionKey())).findFirst().orElseThrow();
        assertThat(tasks).hasSize(2);
        assertThat(catchUp.getAssignee()).isEqualTo("pcollins");
        assertThat(catchUp.getName()).isEqualTo("Catch up on Connect for neighbourhood teams (" + reference + ")");
        assertThat((String) taskService.getVariable(catchUp.getId(), "progress")).startsWith("1 of 19 lessons done");
        Task supervisors = tasks.stream().filter(t -> "Task_TellSupervisors".equals(t.getTaskDefinitionKey())).findFirst().orElseThrow();
        assertThat(taskService.getIdentityLinksForTask(supervisors.getId()))
                .anyMatch(l -> "supervisors-coventry".equals(l.getGroupId()));
        assertThat((String) runtimeService.getVariable(pi.getId(), "behindSummary")).contains("pcollins").doesNotContain("kpatel");

        // The learner plans the catch-up in Tasklist (through the engine's REST API): a past date is refused.
        var past = complete("pcollins", catchUp.getId(), Map.of("catchUpBy", variable(due.minusDays(20).toString())));
        assertThat(past.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(past.getBody()).contains("catchUpBy");
        assertThat(complete("pcollins", catchUp.getId(), Map.of("catchUpBy", variable(due.minusDays(3).toString()),
                "catchUpPlan", variable("Two lessons each late shift"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(complete("ljones", supervisors.getId(), Map.of("supervisorAction",
                variable("Time set aside at the end of Thursday's shift"))).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        String after = as("ljones").getForObject(team, String.class);
        assertThat((String) JsonPath.read(after, "$.people[1].catchUpBy")).isEqualTo(due.minusDays(3).toString());
        assertThat((Boolean) JsonPath.read(after, "$.people[1].reminded")).isTrue();
        assertThat((Boolean) JsonPath.read(after, "$.people[0].reminded")).isFalse();
        assertThat((String) JsonPath.read(after, "$.supervisorAction")).contains("Thursday");

        // Due date: the enrolment closes with its figures.
        at(due.plusDays(1), 1);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(pi.getId())
                .activityId("Timer_DueDate").singleResult().getId());
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(pi.getId()).singleResult()
                .getEndActivityId()).isEqualTo("EndEvent_EnrolmentClosed");
        assertThat((String) JsonPath.read(as("ljones").getForObject(team, String.class), "$.status")).isEqualTo("CLOSED");
    }

    @Test
    void badInputIsRefusedWith400NamingTheField() {
        Map<String, Object> journeyWithoutLessons = Map.of("code", "Not A Code", "title", "x", "lessons", List.of());
        var answer = as("rgreen").postForEntity("/api/learning/journeys", journeyWithoutLessons, String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(answer.getBody(), "$.errors[*].field")).containsExactly("code", "lessons");
        var badLesson = as("rgreen").postForEntity("/api/learning/journeys", Map.of("code", "x-" + journey, "title", "x",
                "lessons", List.of(Map.of("title", "Only lesson", "minutes", 0))), String.class);
        assertThat(field(badLesson)).isEqualTo("lessons[0].minutes");
        assertThat(as("kpatel").postForEntity("/api/learning/journeys", Map.of("code", "y-" + journey, "title", "x",
                "lessons", List.of(Map.of("title", "Only lesson", "minutes", 5))), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        String enrol = "/api/learning/journeys/" + journey + "/enrolments";
        assertThat(field(as("ljones").postForEntity(enrol, Map.of("team", "gotham-npt"), String.class))).isEqualTo("team");
        assertThat(field(as("sbrown").postForEntity(enrol, Map.of("team", TEAM), String.class))).isEqualTo("team");
        assertThat(field(as("ljones").postForEntity(enrol, Map.of("team", TEAM, "dueOn", "2020-01-01"), String.class)))
                .isEqualTo("dueOn");
        assertThat(field(as("ljones").postForEntity(enrol, Map.of("team", TEAM, "dueOn", "next week"), String.class)))
                .isEqualTo("dueOn");
        assertThat(as("kpatel").postForEntity(enrol, Map.of("team", TEAM), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("ljones").postForEntity("/api/learning/journeys/no-such-journey/enrolments", Map.of("team", TEAM),
                String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private static Map<String, Object> variable(Object value) {
        return Map.of("value", value);
    }

    private ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("variables", variables);
        return as(user).postForEntity("/engine-rest/task/" + taskId + "/complete", body, String.class);
    }
}
