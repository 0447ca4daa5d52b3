package org.problemsolvinghub.learning.challenge;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.problemsolvinghub.learning.LearningInput;
import org.problemsolvinghub.learning.LearningProperties;
import org.problemsolvinghub.learning.LearningTeamRepository;
import org.problemsolvinghub.learning.LearningTeams;
import org.problemsolvinghub.learning.LearningViewer;
import org.problemsolvinghub.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Challenges as people see them: the daily tasks, one's own days and badges, the cohort's reflections,
 * and the leaderboards (force-wide and per team) a manager can show at a briefing.
 */
@Service
public class ChallengeViews {

    public enum DayState { DONE, CAUGHT_UP, OPEN, CATCH_UP, MISSED, UPCOMING }

    public record DayView(int day, LocalDate date, String title, String prompt) {
    }

    public record ChallengeView(String reference, String title, String team, LocalDate startsOn, LocalDate endsOn,
            int days, int catchUpDays, ChallengeStatus status, int today, int participants, LocalDate briefedOn,
            List<DayView> dailyTasks) {
    }

    public record MyDay(int day, LocalDate date, String title, DayState state, LocalDate lastDate) {
    }

    public record MyProgress(String reference, String userId, String team, int daysDone, int currentStreak,
            int longestStreak, int points, List<ChallengeScoring.Badge> badges, List<MyDay> days) {
    }

    public record Reflection(String userId, String name, String team, String reflection, Instant completedAt,
            boolean caughtUp) {
    }

    public record Entry(int rank, String userId, String name, String team, int points, int daysDone, int currentStreak,
            int longestStreak, List<ChallengeScoring.Badge> badges) {
    }

    public record TeamEntry(int rank, String team, String name, int participants, double averagePoints, int daysDone) {
    }

    public record Leaderboard(String reference, String title, LocalDate asOf, int today, List<Entry> people,
            List<TeamEntry> teams) {
    }

    private final ChallengeService service;
    private final ChallengeParticipantRepository participants;
    private final ChallengeCompletionRepository completions;
    private final ChallengeRepository challenges;
    private final LearningTeamRepository teamRepository;
    private final LearningTeams teams;
    private final LearningViewer viewer;
    private final LearningProperties properties;

    ChallengeViews(ChallengeService service, ChallengeParticipantRepository participants,
            ChallengeCompletionRepository completions, ChallengeRepository challenges,
            LearningTeamRepository teamRepository, LearningTeams teams, LearningViewer viewer,
            LearningProperties properties) {
        this.service = service;
        this.participants = participants;
        this.completions = completions;
        this.challenges = challenges;
        this.teamRepository = teamRepository;
        this.teams = teams;
        this.viewer = viewer;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public List<ChallengeView> all() {
        return challenges.findAllByOrderByStartsOnDesc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public ChallengeView challenge(String reference) {
        return view(service.challenge(reference));
    }

    @Transactional(readOnly = true)
    public MyProgress mine(String reference) {
        Challenge challenge = service.challenge(reference);
        String me = viewer.id();
        ChallengeParticipant participant = participants.findById(new ChallengeParticipant.Key(challenge.getId(), me))
                .orElseThrow(() -> new NotFoundException("You have not joined " + reference));
        List<ChallengeCompletion> mine = completions.findByChallengeId(challenge.getId()).stream()
                .filter(c -> c.getUserId().equals(me)).toList();
        ChallengeScoring.Score score = score(challenge, mine);
        Map<Integer, ChallengeCompletion> byDay = mine.stream().collect(Collectors.toMap(ChallengeCompletion::getDay, c -> c));
        LocalDate today = LearningInput.today();
        List<MyDay> days = challenge.getDailyTasks().stream().map(d -> new MyDay(d.getNumber(),
                challenge.dateOf(d.getNumber()), d.getTitle(), state(challenge, byDay.get(d.getNumber()), d.getNumber(), today),
                challenge.lastDateFor(d.getNumber()))).toList();
        return new MyProgress(reference, me, participant.getTeamCode(), score.daysDone(), score.currentStreak(),
                score.longestStreak(), score.points(), score.badges(), days);
    }

    /** A day's reflections, for those taking part (the cohort) and for supervisors and advisors. */
    @Transactional(readOnly = true)
    public List<Reflection> reflections(String reference, int day) {
        Challenge challenge = service.challenge(reference);
        String me = viewer.id();
        boolean inCohort = participants.existsById(new ChallengeParticipant.Key(challenge.getId(), me));
        boolean oversees = challenge.getTeamCode() == null ? viewer.isAdvisor() || viewer.supervisesAny()
                : teamRepository.findById(challenge.getTeamCode()).map(t -> viewer.supervises(t.getAreaCode())).orElse(false);
        if (!inCohort && !oversees) {
            throw new NotFoundException("No reflections of " + reference + " that you may read: join the challenge");
        }
        Map<String, String> teamOf = participants.findByChallengeId(challenge.getId()).stream()
                .collect(HashMap::new, (m, p) -> m.put(p.getUserId(), p.getTeamCode()), HashMap::putAll);
        List<ChallengeCompletion> of = completions.findByChallengeIdAndDayOrderByCompletedAt(challenge.getId(), day);
        var names = teams.namesOf(of.stream().map(ChallengeCompletion::getUserId).toList());
        return of.stream().map(c -> new Reflection(c.getUserId(), names.get(c.getUserId()), teamOf.get(c.getUserId()),
                c.getReflection(), c.getCompletedAt(), c.isCaughtUp())).toList();
    }

    /** The leaderboard force-wide (or of one team), and the teams ranked by their average points. */
    @Transactional(readOnly = true)
    public Leaderboard leaderboard(String reference, String teamFilter) {
        Challenge challenge = service.challenge(reference);
        List<ChallengeParticipant> all = participants.findByChallengeId(challenge.getId());
        Map<String, List<ChallengeCompletion>> byUser = completions.findByChallengeId(challenge.getId()).stream()
                .collect(Collectors.groupingBy(ChallengeCompletion::getUserId));
        var names = teams.namesOf(all.stream().map(ChallengeParticipant::getUserId).toList());
        List<Entry> unranked = all.stream()
                .filter(p -> teamFilter == null || teamFilter.equals(p.getTeamCode()))
                .map(p -> {
                    ChallengeScoring.Score s = score(challenge, byUser.getOrDefault(p.getUserId(), List.of()));
                    return new Entry(0, p.getUserId(), names.get(p.getUserId()), p.getTeamCode(), s.points(),
                            s.daysDone(), s.currentStreak(), s.longestStreak(), s.badges());
                }).toList();
        List<Entry> people = ChallengeScoring.rank(unranked, Entry::points, Entry::name).stream()
                .map(r -> new Entry(r.rank(), r.item().userId(), r.item().name(), r.item().team(), r.item().points(),
                        r.item().daysDone(), r.item().currentStreak(), r.item().longestStreak(), r.item().badges()))
                .toList();
        return new Leaderboard(reference, challenge.getTitle(), LearningInput.today(),
                challenge.dayOf(LearningInput.today()), people, teamsOf(unranked));
    }

    /** The leaderboard in a few lines, for the manager's results task. */
    @Transactional(readOnly = true)
    public String summary(String reference) {
        Leaderboard board = leaderboard(reference, null);
        StringBuilder text = new StringBuilder("Top of the leaderboard:\n");
        board.people().stream().limit(10).forEach(e -> text.append(e.rank()).append(". ").append(e.name())
                .append(": ").append(e.points()).append(" points, ").append(e.daysDone()).append(" days, best streak ")
                .append(e.longestStreak()).append("\n"));
        if (!board.teams().isEmpty()) {
            text.append("Teams (average points):\n");
            board.teams().forEach(t -> text.append(t.rank()).append(". ").append(t.name()).append(": ")
                    .append(t.averagePoints()).append(" (").append(t.participants()).append(" taking part)\n"));
        }
        return board.people().isEmpty() ? "Nobody took part." : text.toString().strip();
    }

    private List<TeamEntry> teamsOf(List<Entry> people) {
        Map<String, List<Entry>> byTeam = people.stream().filter(e -> e.team() != null)
                .collect(Collectors.groupingBy(Entry::team));
        Map<String, String> teamNames = new HashMap<>();
        teamRepository.findAllById(byTeam.keySet()).forEach(t -> teamNames.put(t.getCode(), t.getName()));
        List<TeamEntry> unranked = new ArrayList<>();
        byTeam.forEach((team, list) -> unranked.add(new TeamEntry(0, team, teamNames.getOrDefault(team, team), list.size(),
                Math.round(10.0 * list.stream().mapToInt(Entry::points).sum() / list.size()) / 10.0,
                list.stream().mapToInt(Entry::daysDone).sum())));
        return ChallengeScoring.rank(unranked, TeamEntry::averagePoints, TeamEntry::name).stream()
                .map(r -> new TeamEntry(r.rank(), r.item().team(), r.item().name(), r.item().participants(),
                        r.item().averagePoints(), r.item().daysDone()))
                .toList();
    }

    private ChallengeScoring.Score score(Challenge challenge, List<ChallengeCompletion> of) {
        Set<Integer> done = new HashSet<>();
        Set<Integer> late = new HashSet<>();
        of.forEach(c -> {
            done.add(c.getDay());
            if (c.isCaughtUp()) {
                late.add(c.getDay());
            }
        });
        return ChallengeScoring.score(done, late, challenge.dayOf(LearningInput.today()), challenge.getDays(),
                challenge.getCatchUpDays(), properties.challenge());
    }

    private static DayState state(Challenge challenge, ChallengeCompletion done, int day, LocalDate today) {
        if (done != null) {
            return done.isCaughtUp() ? DayState.CAUGHT_UP : DayState.DONE;
        }
        if (today.isBefore(challenge.dateOf(day))) {
            return DayState.UPCOMING;
        }
        if (today.equals(challenge.dateOf(day))) {
            return DayState.OPEN;
        }
        return today.isAfter(challenge.lastDateFor(day)) ? DayState.MISSED : DayState.CATCH_UP;
    }

    private ChallengeView view(Challenge c) {
        return new ChallengeView(c.getReference(), c.getTitle(), c.getTeamCode(), c.getStartsOn(), c.getEndsOn(),
                c.getDays(), c.getCatchUpDays(), c.getStatus(), c.dayOf(LearningInput.today()),
                participants.findByChallengeId(c.getId()).size(), c.getBriefedOn(),
                c.getDailyTasks().stream().map(d -> new DayView(d.getNumber(), c.dateOf(d.getNumber()), d.getTitle(),
                        d.getPrompt())).toList());
    }
}
