package org.problemsolvinghub.learning.journey;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A person enrolled with their team; reminded if behind on the reminder date, with their catch-up plan. */
@Embeddable
public class JourneyLearner {

    @Column(name = "user_id")
    private String userId;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "catch_up_by")
    private LocalDate catchUpBy;

    @Column(name = "catch_up_plan")
    private String catchUpPlan;

    protected JourneyLearner() {
    }

    JourneyLearner(String userId) {
        this.userId = userId;
    }

    void remind(Instant at) {
        this.remindedAt = at;
    }

    void planCatchUp(LocalDate by, String plan) {
        this.catchUpBy = by;
        this.catchUpPlan = plan;
    }

    public String getUserId() {
        return userId;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public LocalDate getCatchUpBy() {
        return catchUpBy;
    }

    public String getCatchUpPlan() {
        return catchUpPlan;
    }
}
