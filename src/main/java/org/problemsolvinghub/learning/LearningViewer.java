package org.problemsolvinghub.learning;

import java.util.List;

import org.problemsolvinghub.organisation.HubGroups;
import org.problemsolvinghub.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who may see which learning records. Progress is for the learner, the supervisors of the team's
 * area, the team's named super users, and the problem-solving advisors who run learning force-wide.
 * The engine acting on its own (a timer, start-up) sees everything.
 */
@Component
public class LearningViewer {

    private final CurrentUser currentUser;
    private final LearningTeamRepository teams;
    private final LearningTeamMemberRepository members;

    LearningViewer(CurrentUser currentUser, LearningTeamRepository teams, LearningTeamMemberRepository members) {
        this.currentUser = currentUser;
        this.teams = teams;
        this.members = members;
    }

    public String id() {
        return currentUser.id();
    }

    public boolean isSystem() {
        return currentUser.id() == null;
    }

    public boolean isPolice() {
        return currentUser.isPoliceOrSystem();
    }

    /** Problem-solving advisors and administrators run learning for the whole force. */
    public boolean isAdvisor() {
        List<String> groups = currentUser.groups();
        return isSystem() || groups.contains(HubGroups.PS_ADVISORS) || groups.contains(HubGroups.ADMIN);
    }

    public boolean supervises(String areaCode) {
        return isAdvisor() || currentUser.groups().contains(HubGroups.supervisorsOf(areaCode));
    }

    /** A supervisor of any area (or an advisor). */
    public boolean supervisesAny() {
        return isAdvisor() || currentUser.groups().contains(HubGroups.SUPERVISORS);
    }

    public boolean isSuperUserOf(String teamCode) {
        String me = id();
        return me != null && members.findById(new LearningTeamMember.Key(teamCode, me))
                .map(LearningTeamMember::isSuperUser).orElse(false);
    }

    /** Supervisors of the team's area, its super users and advisors see a team's progress. */
    public boolean canFollowTeam(String teamCode) {
        return teams.findById(teamCode).map(t -> supervises(t.getAreaCode())).orElse(false) || isSuperUserOf(teamCode);
    }

    /** The agencies the user acts for (partners); empty for police staff. */
    public List<String> agencies() {
        return currentUser.partnerAgencies();
    }
}
