package org.problemsolvinghub.learning.challenge;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.problemsolvinghub.learning.LearningConfiguration;
import org.problemsolvinghub.learning.LearningInput;
import org.problemsolvinghub.learning.LearningProcesses;
import org.problemsolvinghub.learning.LearningProperties;
import org.problemsolvinghub.learning.LearningReferences;
import org.problemsolvinghub.learning.LearningTeam;
import org.problemsolvinghub.learning.LearningTeamRepository;
import org.problemsolvinghub.learning.LearningTeams;
import org.problemsolvinghub.learning.LearningViewer;
import org.problemsolvinghub.organisation.HubGroups;
import org.problemsolvinghub.system.HubClock;
import org.problemsolvinghub.system.InvalidInputException;
import org.problemsolvinghub.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Habit challenges: setting one up (through its process), joining, completing a day with a reflection
 * within the catch-up window, and closing it when the last window is over.
 */
@Service
public class ChallengeService {

    public static final String PROCESS_KEY = "learning-challenge";
    static final String DEFAULT_TEMPLATE = "problem-solving-habits";

    /** What the challenge's process needs once it is set up. */
    public record Opened(String reference, String title, Date closeAt, String briefingGroup) {
    }

    private final ChallengeRepository challenges;
    private final ChallengeParticipantRepository participants;
    private final ChallengeCompletionRepository completions;
    private final LearningTeamRepository teamRepository;
    private final LearningTeams teams;
    private final LearningReferences references;
    private final LearningProperties properties;
    private final LearningViewer viewer;
    private final LearningProcesses processes;
    private final JdbcTemplate jdbc;

    ChallengeService(ChallengeRepository challenges, ChallengeParticipantRepository participants,
            ChallengeCompletionRepository completions, LearningTeamRepository teamRepository, LearningTeams teams,
            LearningReferences references, LearningProperties properties, LearningViewer viewer,
            LearningProcesses processes, JdbcTemplate jdbc) {
        this.challenges = challenges;
        this.participants = participants;
        this.completions = completions;
        this.teamRepository = teamRepository;
        this.teams = teams;
        this.references = references;
        this.properties = properties;
        this.viewer = viewer;
        this.processes = processes;
        this.jdbc = jdbc;
    }

    /** Sets a challenge up through the engine, as the Tasklist start form does; returns its reference. */
    @Transactional
    public String setUp(SetUpChallengeRequest request) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("title", request.title());
        variables.put("startsOn", request.startsOn() == null ? null : request.startsOn().toString());
        variables.put("team", request.team());
        variables.put("template", request.template());
        return processes.start(PROCESS_KEY, variables);
    }

    /** Called by the process as it starts: checks the set-up and saves the challenge with its daily tasks. */
    @Transactional
    public Opened open(String title, String startsOnText, String teamCode, String templateCode, String createdBy,
            String processInstanceId) {
        if (title == null || title.isBlank() || title.length() > 150) {
            throw new InvalidInputException("title", "give the challenge a title (up to 150 characters)");
        }
        LocalDate startsOn = LearningInput.date("startsOn", startsOnText);
        if (startsOn.isBefore(LearningInput.today())) {
            throw new InvalidInputException("startsOn", "the first day cannot be in the past");
        }
        // A team's challenge is its area's supervisors' to brief on; a force-wide one the advisors'.
        String briefingGroup = HubGroups.PS_ADVISORS;
        String team = null;
        if (teamCode != null && !teamCode.isBlank()) {
            LearningTeam chosen = teamRepository.findById(teamCode.strip())
                    .orElseThrow(() -> new InvalidInputException("team", "there is no team '" + teamCode + "'"));
            if (!viewer.supervises(chosen.getAreaCode())) {
                throw new InvalidInputException("team", "you may set a challenge only for teams of the areas you supervise");
            }
            team = chosen.getCode();
            briefingGroup = HubGroups.supervisorsOf(chosen.getAreaCode());
        }
        String template = templateCode == null || templateCode.isBlank() ? DEFAULT_TEMPLATE : templateCode.strip();
        int days = properties.challenge().days();
        List<ChallengeDay> tasks = jdbc.query("""
                select day_number, title, prompt from challenge_template_day
                where template_code = ? and day_number <= ? order by day_number""",
                (rs, n) -> new ChallengeDay(rs.getInt(1), rs.getString(2), rs.getString(3)), template, days);
        if (tasks.size() < days) {
            throw new InvalidInputException("template", "'" + template + "' does not have " + days + " daily tasks");
        }
        String reference = references.next("challenge", "CHL", HubClock.now(), 2);
        Challenge challenge = challenges.save(new Challenge(reference, title.strip(), template, team, startsOn, days,
                properties.challenge().catchUpDays(), tasks, createdBy, HubClock.now(), processInstanceId));
        LocalDate afterLastWindow = challenge.lastDateFor(days).plusDays(1);
        return new Opened(reference, challenge.getTitle(),
                Date.from(afterLastWindow.atStartOfDay(LearningConfiguration.FORCE_TIME_ZONE).toInstant()), briefingGroup);
    }

    /** The current user joins, ranked with their team (the challenge's, the one named, or their only one). */
    @Transactional
    public void join(String reference, String teamCode) {
        Challenge challenge = challenge(reference);
        String me = viewer.id();
        if (challenge.getStatus() == ChallengeStatus.CLOSED) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Challenge " + reference + " is over");
        }
        if (participants.existsById(new ChallengeParticipant.Key(challenge.getId(), me))) {
            return;
        }
        String team;
        if (challenge.getTeamCode() != null) {
            if (!teams.isMember(challenge.getTeamCode(), me)) {
                throw new InvalidInputException("team", "this challenge is for the members of " + challenge.getTeamCode());
            }
            team = challenge.getTeamCode();
        } else if (teamCode != null && !teamCode.isBlank()) {
            if (!teams.isMember(teamCode, me)) {
                throw new InvalidInputException("team", "you are not a member of '" + teamCode + "'");
            }
            team = teamCode;
        } else {
            team = teams.onlyTeamOf(me).orElse(null);
        }
        participants.save(new ChallengeParticipant(challenge.getId(), me, team, HubClock.now()));
    }

    /**
     * The current user completes a day with a reflection: from the day's date until the catch-up window
     * after it closes. A day completed after its date counts as caught up (fewer points).
     */
    @Transactional
    public void complete(String reference, int day, String reflection) {
        Challenge challenge = challenge(reference);
        String me = viewer.id();
        if (!participants.existsById(new ChallengeParticipant.Key(challenge.getId(), me))) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Join challenge " + reference + " first");
        }
        if (day < 1 || day > challenge.getDays()) {
            throw new InvalidInputException("day", "the days are 1 to " + challenge.getDays());
        }
        LocalDate today = LearningInput.today();
        if (today.isBefore(challenge.dateOf(day))) {
            throw new InvalidInputException("day", "day " + day + " opens on " + challenge.dateOf(day));
        }
        if (today.isAfter(challenge.lastDateFor(day))) {
            throw new InvalidInputException("day", "day " + day + " closed on " + challenge.lastDateFor(day)
                    + ": a day can be caught up for " + challenge.getCatchUpDays() + " days after its date");
        }
        if (reflection == null || reflection.strip().length() < 10 || reflection.length() > 1000) {
            throw new InvalidInputException("reflection", "write a short reflection, 10 to 1000 characters");
        }
        if (completions.existsById(new ChallengeCompletion.Key(challenge.getId(), me, day))) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "You have completed day " + day + " already");
        }
        completions.save(new ChallengeCompletion(challenge.getId(), me, day, HubClock.now(), reflection.strip(),
                today.isAfter(challenge.dateOf(day))));
    }

    @Transactional
    public void close(String reference) {
        challenge(reference).close();
    }

    @Transactional
    public void recordBriefing(String reference, String briefedOn, String notes) {
        LocalDate on = LearningInput.date("briefedOn", briefedOn);
        if (notes != null && notes.length() > 1000) {
            throw new InvalidInputException("briefingNotes", "at most 1000 characters");
        }
        challenge(reference).recordBriefing(on, notes == null || notes.isBlank() ? null : notes.strip());
    }

    Challenge challenge(String reference) {
        return challenges.findByReference(reference).orElseThrow(() -> new NotFoundException("No challenge " + reference));
    }

}
