package org.problemsolvinghub.learning.journey;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** A lesson a person has completed; recorded once, whichever enrolment they did it under. */
@Entity
@Table(name = "lesson_completion")
@IdClass(LessonCompletion.Key.class)
public class LessonCompletion {

    public record Key(String journeyCode, String userId, Integer position) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    @Column(name = "journey_code")
    private String journeyCode;

    @Id
    @Column(name = "user_id")
    private String userId;

    @Id
    private Integer position;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected LessonCompletion() {
    }

    LessonCompletion(String journeyCode, String userId, int position, Instant completedAt) {
        this.journeyCode = journeyCode;
        this.userId = userId;
        this.position = position;
        this.completedAt = completedAt;
    }

    public String getJourneyCode() {
        return journeyCode;
    }

    public String getUserId() {
        return userId;
    }

    public int getPosition() {
        return position;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
