package org.problemsolvinghub.learning;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.problemsolvinghub.organisation.HubGroups;
import org.problemsolvinghub.system.InvalidInputException;
import org.problemsolvinghub.system.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Neighbourhood teams and who is in them: the unit journeys enrol and leaderboards rank. */
@Service
public class LearningTeams {

    public record MemberView(String userId, String name, boolean superUser) {
    }

    public record TeamView(String code, String name, String area, List<MemberView> members) {
    }

    private final LearningTeamRepository teams;
    private final LearningTeamMemberRepository members;
    private final IdentityService identityService;
    private final LearningViewer viewer;

    LearningTeams(LearningTeamRepository teams, LearningTeamMemberRepository members, IdentityService identityService,
            LearningViewer viewer) {
        this.teams = teams;
        this.members = members;
        this.identityService = identityService;
        this.viewer = viewer;
    }

    @Transactional(readOnly = true)
    public List<TeamView> list() {
        return teams.findAll().stream().sorted(Comparator.comparing(LearningTeam::getName)).map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public TeamView find(String code) {
        return view(team(code));
    }

    public LearningTeam team(String code) {
        return teams.findById(code).orElseThrow(() -> new NotFoundException("No team " + code));
    }

    public List<String> memberIds(String teamCode) {
        return members.findByTeamCodeOrderByUserId(teamCode).stream().map(LearningTeamMember::getUserId).toList();
    }

    /** The one team a person is in, if exactly one (a person in two teams must say which). */
    public Optional<String> onlyTeamOf(String userId) {
        List<LearningTeamMember> of = members.findByUserId(userId);
        return of.size() == 1 ? Optional.of(of.get(0).getTeamCode()) : Optional.empty();
    }

    public boolean isMember(String teamCode, String userId) {
        return members.existsById(new LearningTeamMember.Key(teamCode, userId));
    }

    /** Adds a person to a team, or changes whether they are a super user. For the area's supervisors. */
    @Transactional
    public TeamView putMember(String teamCode, String userId, boolean superUser) {
        LearningTeam team = team(teamCode);
        if (!viewer.supervises(team.getAreaCode())) {
            throw new AccessDeniedException("Only " + HubGroups.supervisorsOf(team.getAreaCode()) + " keep this team");
        }
        if (identityService.createUserQuery().userId(userId).count() == 0) {
            throw new InvalidInputException("userId", "there is no user '" + userId + "'");
        }
        members.findById(new LearningTeamMember.Key(teamCode, userId)).ifPresentOrElse(
                m -> m.setSuperUser(superUser),
                () -> members.save(new LearningTeamMember(teamCode, userId, superUser)));
        return view(team);
    }

    @Transactional
    public void removeMember(String teamCode, String userId) {
        LearningTeam team = team(teamCode);
        if (!viewer.supervises(team.getAreaCode())) {
            throw new AccessDeniedException("Only " + HubGroups.supervisorsOf(team.getAreaCode()) + " keep this team");
        }
        members.deleteById(new LearningTeamMember.Key(teamCode, userId));
    }

    /** Display names, in one query; a user whose name the caller may not read shows as their login. */
    public java.util.Map<String, String> namesOf(java.util.Collection<String> userIds) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        userIds.forEach(id -> names.put(id, id));
        if (!userIds.isEmpty()) {
            // Paged: the engine refuses unbounded queries from a signed-in user (queryMaxResultsLimit).
            identityService.createUserQuery().userIdIn(userIds.toArray(String[]::new)).listPage(0, userIds.size())
                    .forEach(u -> names.put(u.getId(), (u.getFirstName() + " " + u.getLastName()).strip()));
        }
        return names;
    }

    private TeamView view(LearningTeam team) {
        List<LearningTeamMember> of = members.findByTeamCodeOrderByUserId(team.getCode());
        var names = namesOf(of.stream().map(LearningTeamMember::getUserId).toList());
        return new TeamView(team.getCode(), team.getName(), team.getAreaCode(), of.stream()
                .map(m -> new MemberView(m.getUserId(), names.get(m.getUserId()), m.isSuperUser())).toList());
    }
}
