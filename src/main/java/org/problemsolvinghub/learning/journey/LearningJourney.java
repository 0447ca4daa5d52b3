package org.problemsolvinghub.learning.journey;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A learning journey: an ordered list of lessons (e.g. Connect: 19 lessons, about 8 hours). */
@Entity
@Table(name = "learning_journey")
public class LearningJourney {

    @Id
    private String code;

    private String title;

    private String description;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected LearningJourney() {
    }

    LearningJourney(String code, String title, String description, String createdBy, Instant createdAt) {
        this.code = code;
        this.title = title;
        this.description = description;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public String getCode() {
        return code;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
