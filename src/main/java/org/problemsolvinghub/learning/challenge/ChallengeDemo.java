package org.problemsolvinghub.learning.challenge;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.problemsolvinghub.learning.LearningConfiguration;
import org.problemsolvinghub.learning.LearningDemoUsers;
import org.problemsolvinghub.learning.LearningInput;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo: a force-wide problem-solving habits challenge set up by the advisor, in its twelfth day, with
 * Coventry North and Birmingham North taking part: a full streak, a missed day that broke one, a day
 * caught up that mended another, a tie on the leaderboard, and reflections for the cohort to read.
 */
@Component
@ConditionalOnProperty(name = "hub.demo.enabled", havingValue = "true")
public class ChallengeDemo {

    static final String TITLE = "Problem-solving habits: autumn";
    static final int DAYS_IN = 11;

    /** Who takes part, their team, the days they missed, and the days they caught up the next day. */
    private record Participant(String userId, String team, int upTo, Set<Integer> missed, Set<Integer> caughtUp) {
    }

    private static final List<Participant> PARTICIPANTS = List.of(
            new Participant("kpatel", "coventry-npt-north", 11, Set.of(), Set.of()),
            new Participant("jwalsh", "coventry-npt-north", 11, Set.of(6), Set.of()),
            new Participant("aosei", "coventry-npt-north", 11, Set.of(), Set.of(9)),
            new Participant("bcole", "birmingham-npt-north", 10, Set.of(), Set.of()),
            new Participant("nadeyemi", "birmingham-npt-north", 11, Set.of(4), Set.of()),
            new Participant("ljones", null, 5, Set.of(), Set.of()));

    private static final Map<Integer, String> THOUGHTS = Map.of(
            0, "Made me look again at a call I had written off as a one-off.",
            1, "Talked it through with the team at the end of the shift; two of them had seen the same thing.",
            2, "Harder than I expected. I need data I do not have yet, so I have asked the analyst.",
            3, "A resident said something nobody had put in a report. Worth the ten minutes.",
            4, "Wrote it down properly this time so the next shift can pick it up.");

    private final ChallengeService challenges;
    private final ChallengeRepository challengeRepository;
    private final ChallengeCompletionRepository completions;
    private final ManagementService managementService;
    private final LearningDemoUsers users;

    ChallengeDemo(ChallengeService challenges, ChallengeRepository challengeRepository,
            ChallengeCompletionRepository completions, ManagementService managementService, LearningDemoUsers users) {
        this.challenges = challenges;
        this.challengeRepository = challengeRepository;
        this.completions = completions;
        this.managementService = managementService;
        this.users = users;
    }

    @Transactional
    public void createIfNone() {
        if (challengeRepository.existsByTitle(TITLE)) {
            return;
        }
        LocalDate today = LearningInput.today();
        String reference = users.as("rgreen", () -> challenges.setUp(new SetUpChallengeRequest(TITLE, today, null, null)));
        Challenge challenge = challengeRepository.findByReference(reference).orElseThrow();
        // It began eleven days ago: move its start, and the process's closing timer with it.
        challenge.startedEarlier(today.minusDays(DAYS_IN));
        ZoneId zone = LearningConfiguration.FORCE_TIME_ZONE;
        var closing = managementService.createJobQuery().processInstanceId(challenge.getProcessInstanceId()).singleResult();
        managementService.setJobDuedate(closing.getId(), Date.from(challenge.lastDateFor(challenge.getDays()).plusDays(1)
                .atStartOfDay(zone).toInstant()));
        for (Participant p : PARTICIPANTS) {
            users.as(p.userId(), () -> challenges.join(reference, p.team()));
            for (int day = 1; day <= p.upTo(); day++) {
                if (p.missed().contains(day)) {
                    continue;
                }
                boolean late = p.caughtUp().contains(day);
                LocalDate on = challenge.dateOf(day).plusDays(late ? 1 : 0);
                String title = challenge.getDailyTasks().get(day - 1).getTitle();
                completions.save(new ChallengeCompletion(challenge.getId(), p.userId(), day,
                        on.atTime(18, 0).atZone(zone).toInstant(), title + ". " + THOUGHTS.get((day + p.userId().length()) % 5),
                        late));
            }
        }
    }
}
