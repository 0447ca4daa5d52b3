package org.problemsolvinghub.learning.challenge;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A day a participant completed, with their reflection (which the rest of the cohort can read). */
@Entity
@Table(name = "challenge_completion")
@IdClass(ChallengeCompletion.Key.class)
public class ChallengeCompletion {

    public record Key(Long challengeId, String userId, Integer day) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    @Column(name = "challenge_id")
    private Long challengeId;

    @Id
    @Column(name = "user_id")
    private String userId;

    @Id
    @Column(name = "day_number")
    private Integer day;

    @Column(name = "completed_at")
    private Instant completedAt;

    private String reflection;

    @Column(name = "caught_up")
    private boolean caughtUp;

    protected ChallengeCompletion() {
    }

    ChallengeCompletion(Long challengeId, String userId, int day, Instant completedAt, String reflection, boolean caughtUp) {
        this.challengeId = challengeId;
        this.userId = userId;
        this.day = day;
        this.completedAt = completedAt;
        this.reflection = reflection;
        this.caughtUp = caughtUp;
    }

    public Long getChallengeId() {
        return challengeId;
    }

    public String getUserId() {
        return userId;
    }

    public int getDay() {
        return day;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public String getReflection() {
        return reflection;
    }

    public boolean isCaughtUp() {
        return caughtUp;
    }
}
