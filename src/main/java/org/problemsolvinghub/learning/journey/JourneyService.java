package org.problemsolvinghub.learning.journey;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.problemsolvinghub.learning.LearningConfiguration;
import org.problemsolvinghub.learning.LearningInput;
import org.problemsolvinghub.learning.LearningProcesses;
import org.problemsolvinghub.learning.LearningProperties;
import org.problemsolvinghub.learning.LearningReferences;
import org.problemsolvinghub.learning.LearningTeam;
import org.problemsolvinghub.learning.LearningTeamRepository;
import org.problemsolvinghub.learning.LearningTeams;
import org.problemsolvinghub.learning.LearningViewer;
import org.problemsolvinghub.system.HubClock;
import org.problemsolvinghub.system.InvalidInputException;
import org.problemsolvinghub.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Learning journeys: setting one up, enrolling a team (through the enrolment process), recording
 * lessons, and what the process does on the reminder date and the due date.
 */
@Service
public class JourneyService {

    public static final String PROCESS_KEY = "journey-enrolment";

    /** What the enrolment process needs once the team is enrolled. */
    public record Enrolled(String reference, String journeyTitle, String teamName, String area, Date remindAt, Date dueAt) {
    }

    /** Who was found behind on the reminder date. */
    public record Behind(int count, String summary) {
    }

    private final LearningJourneyRepository journeys;
    private final JourneyLessonRepository lessons;
    private final LessonCompletionRepository completions;
    private final JourneyEnrolmentRepository enrolments;
    private final LearningTeamRepository teamRepository;
    private final LearningTeams teams;
    private final LearningReferences references;
    private final LearningProperties properties;
    private final LearningViewer viewer;
    private final LearningProcesses processes;
    private final Validator validator;

    JourneyService(LearningJourneyRepository journeys, JourneyLessonRepository lessons,
            LessonCompletionRepository completions, JourneyEnrolmentRepository enrolments,
            LearningTeamRepository teamRepository, LearningTeams teams, LearningReferences references,
            LearningProperties properties, LearningViewer viewer, LearningProcesses processes, Validator validator) {
        this.journeys = journeys;
        this.lessons = lessons;
        this.completions = completions;
        this.enrolments = enrolments;
        this.teamRepository = teamRepository;
        this.teams = teams;
        this.references = references;
        this.properties = properties;
        this.viewer = viewer;
        this.processes = processes;
        this.validator = validator;
    }

    @Transactional
    public String create(CreateJourneyRequest request) {
        LearningInput.check(validator, request);
        if (journeys.existsById(request.code())) {
            throw new InvalidInputException("code", "there is already a journey '" + request.code() + "'");
        }
        journeys.save(new LearningJourney(request.code(), request.title().strip(),
                request.description() == null ? null : request.description().strip(), viewer.id(), HubClock.now()));
        for (int i = 0; i < request.lessons().size(); i++) {
            var lesson = request.lessons().get(i);
            lessons.save(new JourneyLesson(request.code(), i + 1, lesson.title().strip(), lesson.minutes()));
        }
        return request.code();
    }

    /** Enrols a team through the engine, as the Tasklist start form does; returns the enrolment's reference. */
    @Transactional
    public String enrol(String journeyCode, EnrolRequest request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("journey", journeyCode);
        variables.put("team", request.team());
        variables.put("dueOn", request.dueOn() == null ? null : request.dueOn().toString());
        return processes.start(PROCESS_KEY, variables);
    }

    /** Called by the enrolment process as it starts: checks the enrolment and saves it with the team's members. */
    @Transactional
    public Enrolled register(String journeyCode, String teamCode, String dueOnText, String enrolledBy,
            String processInstanceId) {
        LearningJourney journey = journeyCode == null ? null : journeys.findById(journeyCode.strip()).orElse(null);
        if (journey == null) {
            throw new InvalidInputException("journey", "there is no journey '" + journeyCode + "'");
        }
        LearningTeam team = teamCode == null ? null : teamRepository.findById(teamCode.strip()).orElse(null);
        if (team == null) {
            throw new InvalidInputException("team", "there is no team '" + teamCode + "'");
        }
        if (!viewer.supervises(team.getAreaCode())) {
            throw new InvalidInputException("team", "you may enrol only teams of the areas you supervise");
        }
        List<String> members = teams.memberIds(team.getCode());
        if (members.isEmpty()) {
            throw new InvalidInputException("team", team.getName() + " has no members yet");
        }
        LocalDate today = LearningInput.today();
        LocalDate dueOn = dueOnText == null || dueOnText.isBlank() ? today.plus(properties.journey().completeWithin())
                : LearningInput.date("dueOn", dueOnText);
        if (!dueOn.isAfter(today.plusDays(1))) {
            throw new InvalidInputException("dueOn", "the due date must be at least two days ahead");
        }
        LocalDate remindOn = dueOn.minus(properties.journey().remindBeforeDue());
        if (!remindOn.isAfter(today)) {
            remindOn = today.plusDays(1);
        }
        String reference = references.next("journey_enrolment", "JRN", HubClock.now(), 4);
        enrolments.save(new JourneyEnrolment(reference, journey.getCode(), team.getCode(), members, enrolledBy, today,
                remindOn, dueOn, processInstanceId));
        return new Enrolled(reference, journey.getTitle(), team.getName(), team.getAreaCode(), startOf(remindOn),
                startOf(dueOn.plusDays(1)));
    }

    /** Records a lesson the current user has completed; doing it again changes nothing. */
    @Transactional
    public void completeLesson(String journeyCode, int position) {
        LearningJourney journey = journey(journeyCode);
        String me = viewer.id();
        boolean enrolled = enrolments.findByJourneyCodeOrderByEnrolledOnDesc(journey.getCode()).stream()
                .anyMatch(e -> e.learner(me).isPresent());
        if (!enrolled) {
            throw new InvalidInputException("journey", "you are not enrolled on '" + journey.getTitle() + "'");
        }
        if (!lessons.existsById(new JourneyLesson.Key(journey.getCode(), position))) {
            throw new InvalidInputException("position", "'" + journey.getTitle() + "' has lessons 1 to "
                    + lessons.findByJourneyCodeOrderByPosition(journey.getCode()).size());
        }
        var key = new LessonCompletion.Key(journey.getCode(), me, position);
        if (!completions.existsById(key)) {
            completions.save(new LessonCompletion(journey.getCode(), me, position, HubClock.now()));
        }
    }

    /** On the reminder date: marks who is behind (fewer lessons done than the time gone asks for). */
    @Transactional
    public Behind findBehind(String reference) {
        JourneyEnrolment enrolment = enrolment(reference);
        int total = lessons.findByJourneyCodeOrderByPosition(enrolment.getJourneyCode()).size();
        int expected = JourneyProgress.expectedLessons(enrolment, LearningInput.today(), total);
        Map<String, Long> done = doneBy(enrolment);
        List<String> behind = new ArrayList<>();
        var names = teams.namesOf(enrolment.getLearners().stream().map(JourneyLearner::getUserId).toList());
        for (JourneyLearner learner : enrolment.getLearners()) {
            long n = done.getOrDefault(learner.getUserId(), 0L);
            if (n < expected) {
                learner.remind(HubClock.now());
                behind.add(learner.getUserId() + " (" + names.get(learner.getUserId()) + "): " + n + " of " + total
                        + " lessons done, " + expected + " expected by now");
            }
        }
        String summary = behind.isEmpty() ? "Everyone is on track."
                : behind.size() + " of " + enrolment.getLearners().size() + " behind, due "
                        + enrolment.getDueOn() + ":\n" + String.join("\n", behind);
        return new Behind(behind.size(), summary);
    }

    /** The learners reminded on the reminder date: one catch-up task each. */
    @Transactional(readOnly = true)
    public List<String> reminded(String reference) {
        return enrolment(reference).getLearners().stream().filter(l -> l.getRemindedAt() != null)
                .map(JourneyLearner::getUserId).sorted().toList();
    }

    /** One learner's progress in words, for their catch-up task. */
    @Transactional(readOnly = true)
    public String progressOf(String reference, String userId) {
        JourneyEnrolment enrolment = enrolment(reference);
        List<JourneyLesson> all = lessons.findByJourneyCodeOrderByPosition(enrolment.getJourneyCode());
        Set<Integer> done = completions.findByJourneyCodeAndUserIdIn(enrolment.getJourneyCode(), List.of(userId))
                .stream().map(LessonCompletion::getPosition).collect(Collectors.toSet());
        List<JourneyLesson> left = all.stream().filter(l -> !done.contains(l.getPosition())).toList();
        int minutesLeft = left.stream().mapToInt(JourneyLesson::getMinutes).sum();
        return done.size() + " of " + all.size() + " lessons done; " + left.size() + " left (about " + minutesLeft
                + " minutes), due " + enrolment.getDueOn() + ".\nStill to do:\n" + left.stream()
                .map(l -> l.getPosition() + ". " + l.getTitle() + " (" + l.getMinutes() + " min)")
                .collect(Collectors.joining("\n"));
    }

    @Transactional
    public void planCatchUp(String reference, String userId, String catchUpBy, String plan) {
        JourneyEnrolment enrolment = enrolment(reference);
        LocalDate by = LearningInput.date("catchUpBy", catchUpBy);
        if (by.isBefore(LearningInput.today())) {
            throw new InvalidInputException("catchUpBy", "choose a date from today on");
        }
        if (plan != null && plan.length() > 1000) {
            throw new InvalidInputException("catchUpPlan", "at most 1000 characters");
        }
        enrolment.learner(userId).orElseThrow(() -> new NotFoundException(userId + " is not enrolled on " + reference))
                .planCatchUp(by, plan == null || plan.isBlank() ? null : plan.strip());
    }

    @Transactional
    public void recordSupervisorAction(String reference, String action) {
        if (action == null || action.strip().length() < 10 || action.length() > 2000) {
            throw new InvalidInputException("supervisorAction", "say what you will do to help them catch up (10 to 2000 characters)");
        }
        enrolment(reference).recordSupervisorAction(action.strip());
    }

    /** On the due date: the enrolment closes with how many finished. */
    @Transactional
    public void close(String reference) {
        JourneyEnrolment enrolment = enrolment(reference);
        int total = lessons.findByJourneyCodeOrderByPosition(enrolment.getJourneyCode()).size();
        int finished = (int) doneBy(enrolment).values().stream().filter(n -> n >= total).count();
        enrolment.close(finished);
    }

    JourneyEnrolment enrolment(String reference) {
        return enrolments.findByReference(reference).orElseThrow(() -> new NotFoundException("No enrolment " + reference));
    }

    LearningJourney journey(String code) {
        return journeys.findById(code).orElseThrow(() -> new NotFoundException("No journey " + code));
    }

    private Map<String, Long> doneBy(JourneyEnrolment enrolment) {
        List<String> ids = enrolment.getLearners().stream().map(JourneyLearner::getUserId).toList();
        return completions.findByJourneyCodeAndUserIdIn(enrolment.getJourneyCode(), ids).stream()
                .collect(Collectors.groupingBy(LessonCompletion::getUserId, Collectors.counting()));
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(LearningConfiguration.FORCE_TIME_ZONE).toInstant());
    }

    static long daysBetween(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to);
    }
}
