package org.problemsolvinghub.learning;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A person in a team; a super user helps colleagues with their learning and sees the team's progress. */
@Entity
@Table(name = "learning_team_member")
@IdClass(LearningTeamMember.Key.class)
public class LearningTeamMember {

    public record Key(String teamCode, String userId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "team_code")
    private String teamCode;

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(name = "super_user")
    private boolean superUser;

    protected LearningTeamMember() {
    }

    LearningTeamMember(String teamCode, String userId, boolean superUser) {
        this.teamCode = teamCode;
        this.userId = userId;
        this.superUser = superUser;
    }

    void setSuperUser(boolean superUser) {
        this.superUser = superUser;
    }

    public String getTeamCode() {
        return teamCode;
    }

    public String getUserId() {
        return userId;
    }

    public boolean isSuperUser() {
        return superUser;
    }
}
