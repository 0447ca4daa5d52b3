package org.problemsolvinghub.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.problemsolvinghub.learning.webinar.FeedbackRequest;
import org.problemsolvinghub.learning.webinar.RecordingsLibrary;
import org.problemsolvinghub.learning.webinar.SessionStatus;
import org.problemsolvinghub.learning.webinar.StartSeriesRequest;
import org.problemsolvinghub.learning.webinar.ThemeSuggestions;
import org.problemsolvinghub.learning.webinar.WebinarAudience;
import org.problemsolvinghub.learning.webinar.WebinarService;
import org.problemsolvinghub.learning.webinar.WebinarViews;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The webinar series and its sessions through the engine, as Tasklist and the API drive them: themes
 * suggested, speakers confirmed, the session announced, cancelled and rescheduled, held, recorded,
 * published to the library and its feedback closed; the series planning the next session on time.
 */
class WebinarProcessTest extends HubTest {

    @Autowired
    WebinarService webinars;

    @Autowired
    WebinarAudience audience;

    @Autowired
    WebinarViews views;

    @Autowired
    RecordingsLibrary library;

    @Autowired
    ThemeSuggestions themes;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ProcessInstance startSeries(LocalDate firstOn) {
        actAs("rgreen");
        String reference = webinars.startSeries(new StartSeriesRequest("Tactical Thursdays", "Tactics officers use",
                firstOn.toString(), "10:00"));
        identityService.clearAuthentication();
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
    }

    private List<ProcessInstance> sessionsOf(ProcessInstance series) {
        return runtimeService.createProcessInstanceQuery().superProcessInstanceId(series.getId())
                .orderByProcessInstanceId().asc().list();
    }

    private void completeAs(String userId, ProcessInstance pi, Map<String, Object> variables) {
        Task task = assertThat(pi).task().getActual();
        actAs(userId);
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void as(String userId, Runnable work) {
        actAs(userId);
        try {
            work.run();
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Job timer(ProcessInstance pi, String activityId) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activityId).singleResult();
    }

    private void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /** Takes a session from its theme to its announcement, a Coventry ASB officer speaking, Birmingham's invited. */
    private void prepareAndAnnounce(ProcessInstance session) {
        prepareAndAnnounce(session, "coventry-council-asb", "birmingham-council-asb");
    }

    private void prepareAndAnnounce(ProcessInstance session, String speakerAgency, String invited) {
        completeAs("rgreen", session, withVariables("theme", "Civil interventions",
                "sessionTitle", "Civil interventions with the council",
                "sessionDescription", "Community protection notices and injunctions: when and how to use them with the council."));
        completeAs("rgreen", session, withVariables("speakers", "Helen Morris, ASB officer, Coventry City Council",
                "speakerAgency", speakerAgency));
        // Tasklist submits the checklist of agencies as a JSON array.
        completeAs("rgreen", session, withVariables("joiningLink", "https://teams.example/meet/1",
                "capacity", 70L, "invitedAgencies", SpinValues.jsonValue("[\"" + invited + "\"]").create()));
    }

    @Test
    void aSessionIsPreparedCancelledRescheduledHeldPublishedAndItsFeedbackClosed() {
        LocalDate firstOn = LocalDate.now().plusDays(50);
        ProcessInstance series = startSeries(firstOn);
        assertThat(series.getBusinessKey()).matches("WEBS-\\d{4}-\\d{2}");
        assertThat(series).isWaitingAt("CallActivity_RunSession", "Gateway_WaitNext");

        ProcessInstance session = sessionsOf(series).get(0);
        String ref = session.getBusinessKey();
        // WEB-<year>-<month>; a second session in the same month (another series) gets a suffix.
        assertThat(ref).matches("WEB-" + firstOn.toString().substring(0, 7) + "(-\\d+)?");
        assertThat(session).isWaitingAt("Task_ChooseTheme").task().hasCandidateGroup("ps-advisors");
        assertThat(assertThat(session).task().getActual().getName()).startsWith("Choose the theme for " + ref + ": Tactical Thursdays, ");
        assertThat((String) runtimeService.getVariable(session.getId(), "themeSuggestions")).isNotBlank();

        // A bad answer keeps the task open and names the field.
        Task theme = assertThat(session).task().getActual();
        as("rgreen", () -> assertThatThrownBy(() -> taskService.complete(theme.getId(), withVariables("theme", "Surveys",
                "sessionTitle", "Surveys", "sessionDescription", "short")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("sessionDescription"));
        assertThat(session).isWaitingAt("Task_ChooseTheme");

        prepareAndAnnounce(session);
        assertThat(session).hasPassed("Task_RecordTheme", "Task_RecordSpeakers", "Task_OpenRegistration")
                .isWaitingAt("Gateway_SessionOrCancelled");
        var view = views.session(ref);
        assertThat(view.status()).isEqualTo(SessionStatus.ANNOUNCED);
        assertThat(view.title()).isEqualTo("Civil interventions with the council");
        // The speaker's agency is invited with those the advisor chose.
        assertThat(view.invitedAgencies()).containsExactly("birmingham-council-asb", "coventry-council-asb");
        as("kpatel", () -> audience.register(ref));
        as("hmorris", () -> audience.register(ref));

        // Cancelled: the advisor reschedules it a week later; registrations are kept.
        as("rgreen", () -> webinars.cancel(ref, "The speaker is ill"));
        assertThat(session).isWaitingAt("Task_Reschedule");
        assertThat(views.session(ref).status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(timer(session, "Timer_SessionDay")).isNull();
        LocalDate newDate = firstOn.plusDays(7);
        completeAs("rgreen", session, withVariables("rescheduleDecision", "RESCHEDULE", "newDate", newDate.toString(),
                "newTime", "14:00"));
        assertThat(session).hasPassed("Task_RecordDecision").isWaitingAt("Gateway_SessionOrCancelled");
        Instant newStart = ZonedDateTime.of(newDate.atTime(14, 0), LearningConfiguration.FORCE_TIME_ZONE).toInstant();
        assertThat(timer(session, "Timer_SessionDay").getDuedate()).isEqualTo(Date.from(newStart));
        assertThat(views.session(ref).registered()).isEqualTo(2);
        assertThat(views.session(ref).timesRescheduled()).isEqualTo(1);

        // The session day comes.
        at(newStart.plusSeconds(3600));
        managementService.executeJob(timer(session, "Timer_SessionDay").getId());
        assertThat(session).isWaitingAt("Task_RecordAttendance");
        assertThat((String) taskService.getVariable(assertThat(session).task().getActual().getId(), "registeredPeople"))
                .contains("kpatel (Kiran Patel)");
        completeAs("rgreen", session, withVariables("attendedCount", 35L, "attendees", "kpatel"));
        assertThat(session).isWaitingAt("Task_PublishRecording", "Timer_FeedbackCloses");
        assertThat(views.session(ref).attended()).isEqualTo(35);

        as("kpatel", () -> audience.giveFeedback(ref, new FeedbackRequest(5, "Very practical", "Using surveys\nBurglary prevention")));
        assertThat(themes.ranked()).anyMatch(t -> t.theme().equals("Using surveys") && t.source().equals("staff feedback"));
        assertThat(as("rgreen").getForObject("/api/learning/webinars/theme-suggestions?all=true", String.class))
                .contains("Burglary prevention");
        // However many plans there are, the advisor's short list keeps room for what staff asked for.
        assertThat(themes.current()).anyMatch(t -> t.source().contains("staff feedback"))
                .anyMatch(t -> t.source().contains("plans"));

        completeAs("rgreen", session, withVariables("recordingLink", "https://stream.example/rec/1",
                "summary", "How Coventry's ASB team and neighbourhood officers use community protection notices."));
        assertThat(session).hasPassed("Task_Publish").isWaitingAt("Timer_FeedbackCloses");
        assertThat(library.search(new org.problemsolvinghub.library.LibraryQuery("protection notices", java.util.Map.of(), 20)))
                .anyMatch(h -> h.link().endsWith(ref) && h.kind().equals("recording"));

        at(views.session(ref).feedbackClosesAt().plusSeconds(60));
        managementService.executeJob(timer(session, "Timer_FeedbackCloses").getId());
        assertThat(session).isEnded().hasPassed("Task_CloseSession", "EndEvent_SessionComplete");
        assertThat(views.session(ref).status()).isEqualTo(SessionStatus.CLOSED);
        assertThat(views.session(ref).averageRating()).isEqualTo(5.0);
    }

    @Test
    void theSeriesPlansTheNextSessionAnIntervalLaterUntilAnAdvisorEndsIt() {
        LocalDate firstOn = LocalDate.now().plusDays(40);
        ProcessInstance series = startSeries(firstOn);
        Job planNext = timer(series, "Timer_PlanNext");
        Instant secondSlot = ZonedDateTime.of(firstOn.plusMonths(2).atTime(10, 0), LearningConfiguration.FORCE_TIME_ZONE).toInstant();
        assertThat(planNext.getDuedate().toInstant()).isEqualTo(secondSlot.minus(Duration.ofDays(42)));

        at(planNext.getDuedate().toInstant().plusSeconds(60));
        managementService.executeJob(planNext.getId());
        List<ProcessInstance> sessions = sessionsOf(series);
        assertThat(sessions).hasSize(2);
        assertThat(sessions).extracting(ProcessInstance::getBusinessKey)
                .anyMatch(k -> k.startsWith("WEB-" + firstOn.plusMonths(2).toString().substring(0, 7)));
        assertThat(timer(series, "Timer_PlanNext")).isNotNull();

        as("rgreen", () -> webinars.endSeries(series.getBusinessKey()));
        assertThat(series).hasPassed("EndEvent_SeriesEnded").isWaitingAt("CallActivity_RunSession");
        assertThat(timer(series, "Timer_PlanNext")).isNull();
        // Sessions under way go on.
        sessions.forEach(s -> assertThat(s).isWaitingAt("Task_ChooseTheme"));
    }

    @Test
    void aCancelledSessionCanBeCalledOff() {
        ProcessInstance series = startSeries(LocalDate.now().plusDays(30));
        ProcessInstance session = sessionsOf(series).get(0);
        prepareAndAnnounce(session);

        as("rgreen", () -> webinars.cancel(session.getBusinessKey(), "No speaker available"));
        completeAs("rgreen", session, withVariables("rescheduleDecision", "CALL_OFF"));
        assertThat(session).isEnded().hasPassed("EndEvent_CalledOff");
        assertThat(views.session(session.getBusinessKey()).status()).isEqualTo(SessionStatus.CALLED_OFF);
    }

    @Test
    void partnersSeeOnlySessionsTheirAgencyWasInvitedTo() {
        ProcessInstance series = startSeries(LocalDate.now().plusDays(20));
        ProcessInstance session = sessionsOf(series).get(0);
        prepareAndAnnounce(session, null, "coventry-council-asb");
        String ref = session.getBusinessKey();

        var invited = as("hmorris").getForEntity("/api/learning/webinars/sessions/" + ref, String.class);
        assertThat(invited.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(invited.getBody()).contains(ref).doesNotContain("invitedAgencies");
        assertThat(as("hmorris").postForEntity("/api/learning/webinars/sessions/" + ref + "/registrations", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        // Birmingham's ASB team was not invited: for them the session does not exist.
        assertThat(as("tokafor").getForEntity("/api/learning/webinars/sessions/" + ref, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("tokafor").postForEntity("/api/learning/webinars/sessions/" + ref + "/registrations", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("tokafor").getForObject("/api/learning/webinars/sessions", String.class)).doesNotContain(ref);
        assertThat(as("tokafor").getForEntity("/api/learning/webinars/figures", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as("kpatel").getForObject("/api/learning/webinars/sessions", String.class)).contains(ref);
    }
}
