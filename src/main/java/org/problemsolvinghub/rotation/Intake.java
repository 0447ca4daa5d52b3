package org.problemsolvinghub.rotation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A date rotations start on. Officers are accepted for an intake and wait for a place in it. */
@Entity
@Table(name = "rotation_intake")
public class Intake {

    @Id
    @Column(name = "starts_on")
    private LocalDate startsOn;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected Intake() {
    }

    Intake(LocalDate startsOn, String createdBy, Instant createdAt) {
        this.startsOn = startsOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }
}
