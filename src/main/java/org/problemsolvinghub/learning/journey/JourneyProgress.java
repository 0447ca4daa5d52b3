package org.problemsolvinghub.learning.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.problemsolvinghub.learning.LearningInput;
import org.problemsolvinghub.learning.LearningTeam;
import org.problemsolvinghub.learning.LearningTeamRepository;
import org.problemsolvinghub.learning.LearningTeams;
import org.problemsolvinghub.learning.LearningViewer;
import org.problemsolvinghub.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress on a journey, worked out afresh on every read, so it is as of today: per person, per team
 * and per area. On track means at least as many lessons done as the time gone since enrolment asks
 * for (a straight line from none on the day of enrolment to all on the due date).
 */
@Service
public class JourneyProgress {

    public record Person(String userId, String name, int lessonsDone, int lessons, int minutesDone, int minutes,
            int percent, int expectedLessons, boolean onTrack, boolean finished, String nextLesson,
            boolean reminded, LocalDate catchUpBy) {
    }

    public record Team(String team, String name, String area, String enrolment, EnrolmentStatus status,
            LocalDate enrolledOn, LocalDate remindOn, LocalDate dueOn, int learners, int finished, int onTrack,
            int percent, String supervisorAction, List<Person> people) {
    }

    public record Area(String area, int learners, int finished, int onTrack, int percent, List<Team> teams) {
    }

    public record Journey(String journey, String title, int lessons, int minutes, LocalDate asOf, List<Area> areas) {
    }

    private final JourneyService service;
    private final JourneyLessonRepository lessons;
    private final LessonCompletionRepository completions;
    private final JourneyEnrolmentRepository enrolments;
    private final LearningTeamRepository teamRepository;
    private final LearningTeams teams;
    private final LearningViewer viewer;

    JourneyProgress(JourneyService service, JourneyLessonRepository lessons, LessonCompletionRepository completions,
            JourneyEnrolmentRepository enrolments, LearningTeamRepository teamRepository, LearningTeams teams,
            LearningViewer viewer) {
        this.service = service;
        this.lessons = lessons;
        this.completions = completions;
        this.enrolments = enrolments;
        this.teamRepository = teamRepository;
        this.teams = teams;
        this.viewer = viewer;
    }

    /** Lessons a learner should have done by {@code day}: a straight line from enrolment to the due date. */
    static int expectedLessons(JourneyEnrolment enrolment, LocalDate day, int total) {
        long span = Math.max(1, JourneyService.daysBetween(enrolment.getEnrolledOn(), enrolment.getDueOn()));
        long gone = Math.min(span, Math.max(0, JourneyService.daysBetween(enrolment.getEnrolledOn(), day)));
        return (int) (total * gone / span);
    }

    /** The current user's own progress (under their latest enrolment on the journey). */
    @Transactional(readOnly = true)
    public Person mine(String journeyCode) {
        service.journey(journeyCode);
        String me = viewer.id();
        JourneyEnrolment enrolment = enrolments.findByJourneyCodeOrderByEnrolledOnDesc(journeyCode).stream()
                .filter(e -> e.learner(me).isPresent()).findFirst()
                .orElseThrow(() -> new NotFoundException("You are not enrolled on " + journeyCode));
        return team(enrolment).people().stream().filter(p -> p.userId().equals(me)).findFirst().orElseThrow();
    }

    /** One team's progress, person by person: for the area's supervisors, the team's super users, advisors. */
    @Transactional(readOnly = true)
    public Team ofTeam(String journeyCode, String teamCode) {
        service.journey(journeyCode);
        if (!viewer.canFollowTeam(teamCode)) {
            throw new NotFoundException("No progress of " + teamCode + " that you may see");
        }
        return latestEnrolments(journeyCode).stream().filter(e -> e.getTeamCode().equals(teamCode)).findFirst()
                .map(this::team).orElseThrow(() -> new NotFoundException(teamCode + " is not enrolled on " + journeyCode));
    }

    @Transactional(readOnly = true)
    public Team ofEnrolment(String reference) {
        JourneyEnrolment enrolment = service.enrolment(reference);
        if (!viewer.canFollowTeam(enrolment.getTeamCode())) {
            throw new NotFoundException("No enrolment " + reference + " that you may see");
        }
        return team(enrolment);
    }

    /** Per area, and per team within it, for every team this user may follow. */
    @Transactional(readOnly = true)
    public Journey overview(String journeyCode) {
        LearningJourney journey = service.journey(journeyCode);
        List<JourneyLesson> all = lessons.findByJourneyCodeOrderByPosition(journeyCode);
        Map<String, List<Team>> byArea = new LinkedHashMap<>();
        latestEnrolments(journeyCode).stream().filter(e -> viewer.canFollowTeam(e.getTeamCode())).map(this::team)
                .sorted(Comparator.comparing(Team::area).thenComparing(Team::name))
                .forEach(t -> byArea.computeIfAbsent(t.area(), a -> new ArrayList<>()).add(t));
        List<Area> areas = new ArrayList<>();
        byArea.forEach((area, list) -> {
            List<Person> people = list.stream().flatMap(t -> t.people().stream()).toList();
            areas.add(new Area(area, people.size(), (int) people.stream().filter(Person::finished).count(),
                    (int) people.stream().filter(Person::onTrack).count(), averagePercent(people),
                    list.stream().map(t -> new Team(t.team(), t.name(), t.area(), t.enrolment(), t.status(), t.enrolledOn(),
                            t.remindOn(), t.dueOn(), t.learners(), t.finished(), t.onTrack(), t.percent(),
                            t.supervisorAction(), List.of())).toList()));
        });
        return new Journey(journey.getCode(), journey.getTitle(), all.size(),
                all.stream().mapToInt(JourneyLesson::getMinutes).sum(), LearningInput.today(), areas);
    }

    /** The latest enrolment of each team on the journey. */
    private List<JourneyEnrolment> latestEnrolments(String journeyCode) {
        Map<String, JourneyEnrolment> latest = new LinkedHashMap<>();
        enrolments.findByJourneyCodeOrderByEnrolledOnDesc(journeyCode)
                .forEach(e -> latest.putIfAbsent(e.getTeamCode(), e));
        return new ArrayList<>(latest.values());
    }

    private Team team(JourneyEnrolment enrolment) {
        LearningTeam team = teamRepository.findById(enrolment.getTeamCode()).orElseThrow();
        List<JourneyLesson> all = lessons.findByJourneyCodeOrderByPosition(enrolment.getJourneyCode());
        int totalMinutes = all.stream().mapToInt(JourneyLesson::getMinutes).sum();
        List<String> ids = enrolment.getLearners().stream().map(JourneyLearner::getUserId).toList();
        Map<String, Set<Integer>> done = completions.findByJourneyCodeAndUserIdIn(enrolment.getJourneyCode(), ids)
                .stream().collect(Collectors.groupingBy(LessonCompletion::getUserId,
                        Collectors.mapping(LessonCompletion::getPosition, Collectors.toSet())));
        LocalDate today = LearningInput.today();
        int expected = expectedLessons(enrolment, today, all.size());
        var names = teams.namesOf(ids);
        List<Person> people = enrolment.getLearners().stream().sorted(Comparator.comparing(JourneyLearner::getUserId))
                .map(l -> {
                    Set<Integer> mine = done.getOrDefault(l.getUserId(), Set.of());
                    int minutesDone = all.stream().filter(x -> mine.contains(x.getPosition()))
                            .mapToInt(JourneyLesson::getMinutes).sum();
                    String next = all.stream().filter(x -> !mine.contains(x.getPosition())).findFirst()
                            .map(x -> x.getPosition() + ". " + x.getTitle()).orElse(null);
                    return new Person(l.getUserId(), names.get(l.getUserId()), mine.size(), all.size(), minutesDone,
                            totalMinutes, percent(mine.size(), all.size()), expected, mine.size() >= expected,
                            mine.size() >= all.size(), next, l.getRemindedAt() != null, l.getCatchUpBy());
                }).toList();
        return new Team(team.getCode(), team.getName(), team.getAreaCode(), enrolment.getReference(),
                enrolment.getStatus(), enrolment.getEnrolledOn(), enrolment.getRemindOn(), enrolment.getDueOn(),
                people.size(), (int) people.stream().filter(Person::finished).count(),
                (int) people.stream().filter(Person::onTrack).count(), averagePercent(people),
                enrolment.getSupervisorAction(), people);
    }

    private static int averagePercent(List<Person> people) {
        int done = people.stream().mapToInt(Person::lessonsDone).sum();
        int of = people.stream().mapToInt(Person::lessons).sum();
        return percent(done, of);
    }

    private static int percent(int done, int of) {
        return of == 0 ? 0 : (int) Math.round(100.0 * done / of);
    }
}
