package org.problemsolvinghub.learning.webinar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.problemsolvinghub.learning.LearningConfiguration;
import org.problemsolvinghub.learning.LearningInput;
import org.problemsolvinghub.learning.LearningProcesses;
import org.problemsolvinghub.learning.LearningProperties;
import org.problemsolvinghub.learning.LearningReferences;
import org.problemsolvinghub.organisation.PartnerAgency;
import org.problemsolvinghub.organisation.PartnerAgencyRepository;
import org.problemsolvinghub.system.HubClock;
import org.problemsolvinghub.system.InvalidInputException;
import org.problemsolvinghub.system.InvalidInputException.FieldProblem;
import org.problemsolvinghub.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The webinar series and its sessions: the rules and records of each step. Steps are taken through the
 * engine (a start, a task completed, a message); the delegates call back here in the engine's own
 * transaction, so a session is never half-saved.
 */
@Service
public class WebinarService {

    public static final String SERIES_PROCESS = "webinar-series";
    public static final String SESSION_PROCESS = "webinar-session";
    static final String SESSION_CANCELLED = "webinar-session-cancelled";
    static final String SERIES_ENDED = "webinar-series-ended";

    static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

    /** A session the series has just planned, and when to plan the one after it. */
    public record PlannedSession(String reference, Instant startsAt, Instant planNextAt) {
    }

    /** What a session's process needs as it starts: its title until a theme is chosen, its date, the suggestions. */
    public record SessionStart(String title, Date startsAt, String themeSuggestions, int capacity) {
    }

    private final WebinarSeriesRepository series;
    private final WebinarSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final PartnerAgencyRepository agencies;
    private final LearningReferences references;
    private final LearningProperties properties;
    private final ThemeSuggestions themes;
    private final RuntimeService runtimeService;
    private final LearningProcesses processes;
    private final Validator validator;

    WebinarService(WebinarSeriesRepository series, WebinarSessionRepository sessions,
            RegistrationRepository registrations, PartnerAgencyRepository agencies, LearningReferences references,
            LearningProperties properties, ThemeSuggestions themes, RuntimeService runtimeService,
            LearningProcesses processes, Validator validator) {
        this.series = series;
        this.sessions = sessions;
        this.registrations = registrations;
        this.agencies = agencies;
        this.references = references;
        this.properties = properties;
        this.themes = themes;
        this.runtimeService = runtimeService;
        this.processes = processes;
        this.validator = validator;
    }

    // --- the series ---------------------------------------------------------------------------

    /** Starts a series through the engine, as the Tasklist start form does; returns its reference. */
    @Transactional
    public String startSeries(StartSeriesRequest request) {
        firstSessionAt(request);
        return processes.start(SERIES_PROCESS, request.toVariables());
    }

    /** Called by the series process as it starts: checks and saves the series. */
    @Transactional
    public String registerSeries(StartSeriesRequest request, String startedBy, String processInstanceId) {
        Instant first = firstSessionAt(request);
        Instant now = HubClock.now();
        String reference = references.next("webinar_series", "WEBS", now, 2);
        series.save(new WebinarSeries(reference, request.name().strip(), blankToNull(request.description()), first,
                properties.webinar().interval(), startedBy, now, processInstanceId));
        return reference;
    }

    /**
     * Plans the series' next session: the first on the series' first date, each later one an interval
     * after the previous one's slot (a rescheduled session does not move the series). Nothing once the
     * series has ended.
     */
    @Transactional
    public Optional<PlannedSession> planNextSession(String seriesReference) {
        WebinarSeries s = seriesOf(seriesReference);
        if (s.getStatus() == SeriesStatus.ENDED) {
            return Optional.empty();
        }
        Period interval = s.getInterval();
        Instant at = sessions.findBySeriesIdOrderByPlannedAt(s.getId()).stream().filter(x -> !x.isImported())
                .map(WebinarSession::getPlannedAt).max(Comparator.naturalOrder())
                .map(last -> plus(last, interval)).orElse(s.getFirstSessionAt());
        String month = at.atZone(LearningConfiguration.FORCE_TIME_ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM"));
        String reference = references.free("webinar_session", "WEB-" + month);
        sessions.save(new WebinarSession(reference, s.getId(), at, properties.webinar().capacity()));
        return Optional.of(new PlannedSession(reference, at, plus(at, interval).minus(properties.webinar().planAhead())));
    }

    /** Ends a series: no session is planned after those already under way. */
    @Transactional
    public void endSeries(String seriesReference) {
        WebinarSeries s = seriesOf(seriesReference);
        if (s.getStatus() == SeriesStatus.ENDED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "The series " + seriesReference + " has already ended");
        }
        s.end(HubClock.now());
        runtimeService.createMessageCorrelation(SERIES_ENDED).processInstanceBusinessKey(seriesReference).correlateAll();
    }

    /** Enters a session held before the hub, so that its recording and figures join the library. */
    @Transactional
    public String importPastSession(String seriesReference, PastSessionRequest past) {
        WebinarSeries s = seriesOf(seriesReference);
        LearningInput.check(validator, past);
        Set<String> known = agencies.findAll().stream().map(PartnerAgency::getCode).collect(Collectors.toSet());
        List<String> unknown = past.agencies().stream().filter(a -> !known.contains(a)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("invitedAgencies", "unknown partner agencies: " + String.join(", ", unknown));
        }
        Instant heldAt = LearningInput.date("heldOn", past.heldOn()).atTime(s.getFirstSessionAt()
                .atZone(LearningConfiguration.FORCE_TIME_ZONE).toLocalTime())
                .atZone(LearningConfiguration.FORCE_TIME_ZONE).toInstant();
        if (!heldAt.isBefore(HubClock.now())) {
            throw new InvalidInputException("heldOn", "a session held before the hub must be in the past");
        }
        String month = heldAt.atZone(LearningConfiguration.FORCE_TIME_ZONE).format(DateTimeFormatter.ofPattern("yyyy-MM"));
        String reference = references.free("webinar_session", "WEB-" + month);
        sessions.save(WebinarSession.imported(reference, s.getId(), heldAt, past, properties.webinar().capacity()));
        return reference;
    }

    // --- a session's steps ------------------------------------------------------------------------

    /** The session's process has started: link it, and give it its working title, date and theme suggestions. */
    @Transactional
    public SessionStart startSession(String reference, String processInstanceId) {
        WebinarSession session = sessionOf(reference);
        session.linkProcessInstance(processInstanceId);
        WebinarSeries s = series.findById(session.getSeriesId()).orElseThrow();
        String title = s.getName() + ", " + SPOKEN.format(session.getStartsAt().atZone(LearningConfiguration.FORCE_TIME_ZONE));
        return new SessionStart(title, Date.from(session.getStartsAt()), themes.asText(), session.getCapacity());
    }

    @Transactional
    public void chooseTheme(String reference, String theme, String title, String description) {
        List<FieldProblem> problems = new ArrayList<>();
        requireText("theme", theme, 200, "choose a theme (one of the suggestions, or your own)", problems);
        requireText("sessionTitle", title, 200, "give the session a title", problems);
        requireText("sessionDescription", description, 2000, "describe the session for the announcement", problems);
        if (description != null && description.strip().length() < 20) {
            problems.add(new FieldProblem("sessionDescription", "describe the session in at least 20 characters"));
        }
        throwIfAny(problems);
        sessionOf(reference).chooseTheme(theme.strip(), title.strip(), description.strip());
    }

    @Transactional
    public void confirmSpeakers(String reference, String speakers, String speakerAgency) {
        List<FieldProblem> problems = new ArrayList<>();
        requireText("speakers", speakers, 1000, "name at least one speaker", problems);
        if (speakerAgency != null && !agencies.existsById(speakerAgency)) {
            problems.add(new FieldProblem("speakerAgency", "unknown partner agency '" + speakerAgency + "'"));
        }
        throwIfAny(problems);
        sessionOf(reference).confirmSpeakers(speakers.strip(), speakerAgency);
    }

    /** Opens registration to officers and to the invited partner agencies (and the speaker's own agency). */
    @Transactional
    public void announce(String reference, String joiningLink, Integer capacity, List<String> invited) {
        List<FieldProblem> problems = new ArrayList<>();
        if (joiningLink == null || !joiningLink.strip().matches("^https://\\S+$") || joiningLink.length() > 500) {
            problems.add(new FieldProblem("joiningLink", "give the https:// link people join the session by"));
        }
        if (capacity == null || capacity < 1 || capacity > 1000) {
            problems.add(new FieldProblem("capacity", "give how many people may register, from 1 to 1000"));
        }
        Set<String> known = agencies.findAll().stream().map(PartnerAgency::getCode).collect(Collectors.toSet());
        List<String> unknown = invited.stream().filter(a -> !known.contains(a)).toList();
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem("invitedAgencies", "unknown partner agencies: " + String.join(", ", unknown)));
        }
        throwIfAny(problems);
        WebinarSession session = sessionOf(reference);
        if (capacity < registrations.countBySessionId(session.getId())) {
            throw new InvalidInputException("capacity", "more people have registered already");
        }
        session.announce(joiningLink.strip(), capacity, new LinkedHashSet<>(invited));
    }

    /** An advisor cancels an announced session; the process asks them to reschedule it or call it off. */
    @Transactional
    public void cancel(String reference, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidInputException("reason", "say why the session is cancelled (up to 500 characters)");
        }
        WebinarSession session = sessionOf(reference);
        if (session.getStatus() != SessionStatus.ANNOUNCED || !HubClock.now().isBefore(session.getStartsAt())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "Only an announced session that has not started can be cancelled; " + reference + " is "
                            + session.getStatus());
        }
        session.cancel(reason.strip());
        try {
            runtimeService.createMessageCorrelation(SESSION_CANCELLED).processInstanceBusinessKey(reference)
                    .setVariable("cancelReason", reason.strip()).correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Session " + reference + " is not waiting to start");
        }
    }

    /** After a cancellation: the new start if rescheduled, or empty if called off. */
    @Transactional
    public Optional<Instant> decideAfterCancel(String reference, String decision, String newDate, String newTime) {
        WebinarSession session = sessionOf(reference);
        if ("CALL_OFF".equals(decision)) {
            session.callOff();
            return Optional.empty();
        }
        if (!"RESCHEDULE".equals(decision)) {
            throw new InvalidInputException("rescheduleDecision", "choose RESCHEDULE or CALL_OFF");
        }
        LocalDate date = LearningInput.date("newDate", newDate);
        LocalTime time = newTime == null
                ? session.getStartsAt().atZone(LearningConfiguration.FORCE_TIME_ZONE).toLocalTime()
                : LearningInput.time("newTime", newTime);
        Instant startsAt = date.atTime(time).atZone(LearningConfiguration.FORCE_TIME_ZONE).toInstant();
        if (!startsAt.isAfter(HubClock.now())) {
            throw new InvalidInputException("newDate", "the new date must be in the future");
        }
        session.reschedule(startsAt);
        return Optional.of(startsAt);
    }

    /** Records attendance after the session; returns when its feedback closes. */
    @Transactional
    public Instant recordAttendance(String reference, Integer attended, List<String> attendees) {
        WebinarSession session = sessionOf(reference);
        if (attended == null || attended < 0 || attended > 10000) {
            throw new InvalidInputException("attendedCount", "give how many people attended (0 or more)");
        }
        List<Registration> registered = registrations.findBySessionIdOrderByRegisteredAt(session.getId());
        Set<String> registeredIds = registered.stream().map(Registration::getUserId).collect(Collectors.toSet());
        List<String> strangers = attendees.stream().filter(a -> !registeredIds.contains(a)).toList();
        if (!strangers.isEmpty()) {
            throw new InvalidInputException("attendees", "not registered for this session: " + String.join(", ", strangers));
        }
        if (attendees.size() > attended) {
            throw new InvalidInputException("attendedCount", "you named " + attendees.size()
                    + " registered attendees: the number attending cannot be lower");
        }
        registered.stream().filter(r -> attendees.contains(r.getUserId())).forEach(Registration::markAttended);
        Instant from = session.getStartsAt().isAfter(HubClock.now()) ? session.getStartsAt() : HubClock.now();
        Instant closes = from.plus(properties.webinar().feedbackWindow());
        session.recordAttendance(attended, closes);
        return closes;
    }

    /** Publishes the recording and slides to the library, where the library search finds them. */
    @Transactional
    public void publish(String reference, String recordingLink, String slidesLink, String summary) {
        List<FieldProblem> problems = new ArrayList<>();
        if (recordingLink == null || !recordingLink.matches("^https://\\S+$") || recordingLink.length() > 500) {
            problems.add(new FieldProblem("recordingLink", "give the https:// link to the recording"));
        }
        if (slidesLink != null && (!slidesLink.matches("^https://\\S+$") || slidesLink.length() > 500)) {
            problems.add(new FieldProblem("slidesLink", "give an https:// link to the slides, or leave it empty"));
        }
        requireText("summary", summary, 2000, "summarise the session for people searching the library", problems);
        if (summary != null && summary.strip().length() < 20) {
            problems.add(new FieldProblem("summary", "summarise the session in at least 20 characters"));
        }
        throwIfAny(problems);
        sessionOf(reference).publish(recordingLink, slidesLink, summary.strip(), HubClock.now());
    }

    @Transactional
    public void close(String reference) {
        sessionOf(reference).close();
    }

    // --- shared -----------------------------------------------------------------------------------

    WebinarSeries seriesOf(String reference) {
        return series.findByReference(reference).orElseThrow(() -> new NotFoundException("No series " + reference));
    }

    WebinarSession sessionOf(String reference) {
        return sessions.findByReference(reference).orElseThrow(() -> new NotFoundException("No session " + reference));
    }

    private Instant firstSessionAt(StartSeriesRequest request) {
        LearningInput.check(validator, request);
        Instant first = LearningInput.date("firstSessionOn", request.firstSessionOn())
                .atTime(LearningInput.time("startTime", request.startTime()))
                .atZone(LearningConfiguration.FORCE_TIME_ZONE).toInstant();
        if (!first.isAfter(HubClock.now())) {
            throw new InvalidInputException("firstSessionOn", "the first session must be in the future");
        }
        return first;
    }

    static Instant plus(Instant at, Period period) {
        return at.atZone(LearningConfiguration.FORCE_TIME_ZONE).plus(period).toInstant();
    }

    static String spoken(Instant at) {
        return SPOKEN.format(ZonedDateTime.ofInstant(at, LearningConfiguration.FORCE_TIME_ZONE));
    }

    private static void requireText(String field, String value, int max, String message, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, message));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "at most " + max + " characters"));
        }
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
