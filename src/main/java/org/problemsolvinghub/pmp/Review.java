package org.problemsolvinghub.pmp;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A supervisor's periodic review of an open plan, and the owner's reply when it was sent back. */
@Entity
@Table(name = "pmp_review")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "pmp_id")
    private Pmp pmp;

    @Column(name = "reviewed_by")
    private String reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Enumerated(EnumType.STRING)
    private ReviewOutcome outcome;
    private String comment;
    private String reply;
    @Column(name = "replied_at")
    private Instant repliedAt;

    protected Review() {
    }

    Review(Pmp pmp, String reviewedBy, Instant at, ReviewOutcome outcome, String comment) {
        this.pmp = pmp;
        this.reviewedBy = reviewedBy;
        this.reviewedAt = at;
        this.outcome = outcome;
        this.comment = comment;
    }

    void reply(String text, Instant at) {
        this.reply = text;
        this.repliedAt = at;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public String getComment() {
        return comment;
    }

    public String getReply() {
        return reply;
    }

    public Instant getRepliedAt() {
        return repliedAt;
    }
}
