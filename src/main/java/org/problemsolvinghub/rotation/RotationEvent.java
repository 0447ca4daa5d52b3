package org.problemsolvinghub.rotation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One line of a rotation's history: a reorder, a change of end date, a withdrawal, with who and why. */
@Embeddable
public class RotationEvent {

    @Column(name = "happened_at")
    private Instant happenedAt;

    private String actor;

    private String kind;

    private String detail;

    protected RotationEvent() {
    }

    RotationEvent(Instant happenedAt, String actor, String kind, String detail) {
        this.happenedAt = happenedAt;
        this.actor = actor;
        this.kind = kind;
        this.detail = detail;
    }

    public Instant getHappenedAt() {
        return happenedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }
}
