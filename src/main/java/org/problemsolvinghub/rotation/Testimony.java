package org.problemsolvinghub.rotation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An officer's account of their rotation. Once a public contact manager approves it, it is listed
 * beside the hub's good practice, to encourage others (seed 004: testimonies were circulated).
 */
@Entity
@Table(name = "rotation_testimony")
public class Testimony {

    public enum Status {
        SUBMITTED, APPROVED, REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rotation_id")
    private Long rotationId;

    @Column(name = "officer_name")
    private String officerName;

    private String body;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason")
    private String decisionReason;

    protected Testimony() {
    }

    Testimony(Long rotationId, String officerName, String body, Instant submittedAt) {
        this.rotationId = rotationId;
        this.officerName = officerName;
        this.body = body;
        this.status = Status.SUBMITTED;
        this.submittedAt = submittedAt;
    }

    void decide(boolean approved, String by, Instant at, String reason) {
        this.status = approved ? Status.APPROVED : Status.REJECTED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionReason = reason;
    }

    public Long getId() {
        return id;
    }

    public Long getRotationId() {
        return rotationId;
    }

    public String getOfficerName() {
        return officerName;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }
}
