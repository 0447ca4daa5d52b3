package org.problemsolvinghub.learning.webinar;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person registered for a session; marked attended when the advisor records attendance. */
@Entity
@Table(name = "webinar_registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "user_id")
    private String userId;

    @Column(name = "registered_at")
    private Instant registeredAt;

    private boolean attended;

    protected Registration() {
    }

    Registration(Long sessionId, String userId, Instant registeredAt) {
        this.sessionId = sessionId;
        this.userId = userId;
        this.registeredAt = registeredAt;
    }

    void markAttended() {
        this.attended = true;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public String getUserId() {
        return userId;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public boolean isAttended() {
        return attended;
    }
}
