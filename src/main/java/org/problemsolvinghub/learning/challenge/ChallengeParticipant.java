package org.problemsolvinghub.learning.challenge;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Someone taking part, with the team they are ranked with (none: force-wide ranking only). */
@Entity
@Table(name = "challenge_participant")
@IdClass(ChallengeParticipant.Key.class)
public class ChallengeParticipant {

    public record Key(Long challengeId, String userId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "challenge_id")
    private Long challengeId;

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(name = "team_code")
    private String teamCode;

    @Column(name = "joined_at")
    private Instant joinedAt;

    protected ChallengeParticipant() {
    }

    ChallengeParticipant(Long challengeId, String userId, String teamCode, Instant joinedAt) {
        this.challengeId = challengeId;
        this.userId = userId;
        this.teamCode = teamCode;
        this.joinedAt = joinedAt;
    }

    public Long getChallengeId() {
        return challengeId;
    }

    public String getUserId() {
        return userId;
    }

    public String getTeamCode() {
        return teamCode;
    }

    public Instant getJoinedAt() {
        return joinedAt;
    }
}
