package org.problemsolvinghub.pmp;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The scanning triage: the CHEERS test, harm and frequency, the priority they give, and the outcome. */
@Embeddable
public class Triage {

    @Column(name = "cheers_community")
    private Boolean community;
    @Column(name = "cheers_harm")
    private Boolean harmful;
    @Column(name = "cheers_expectation")
    private Boolean expectation;
    @Column(name = "cheers_events")
    private Boolean events;
    @Column(name = "cheers_recurring")
    private Boolean recurring;
    @Column(name = "cheers_similarity")
    private Boolean similarity;

    private String harm;
    private String frequency;
    private String priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "triage_outcome")
    private TriageOutcome outcome;

    @Column(name = "triage_reason")
    private String reason;

    @Column(name = "triage_notes")
    private String notes;

    @Column(name = "triaged_by")
    private String triagedBy;

    @Column(name = "duplicate_of")
    private String duplicateOf;

    @Column(name = "partner_agency_code")
    private String partnerAgency;

    protected Triage() {
    }

    Triage(TriageDecision decision, String priority, String triagedBy) {
        this.community = decision.cheersCommunity();
        this.harmful = decision.cheersHarm();
        this.expectation = decision.cheersExpectation();
        this.events = decision.cheersEvents();
        this.recurring = decision.cheersRecurring();
        this.similarity = decision.cheersSimilarity();
        this.harm = decision.harm();
        this.frequency = decision.frequency();
        this.priority = priority;
        this.outcome = decision.outcome();
        this.reason = decision.reason();
        this.notes = decision.notes();
        this.duplicateOf = decision.duplicateOf();
        this.partnerAgency = decision.partnerAgency();
        this.triagedBy = triagedBy;
    }

    public boolean isCommunity() {
        return Boolean.TRUE.equals(community);
    }

    public boolean isHarmful() {
        return Boolean.TRUE.equals(harmful);
    }

    public boolean isExpectation() {
        return Boolean.TRUE.equals(expectation);
    }

    public boolean isEvents() {
        return Boolean.TRUE.equals(events);
    }

    public boolean isRecurring() {
        return Boolean.TRUE.equals(recurring);
    }

    public boolean isSimilarity() {
        return Boolean.TRUE.equals(similarity);
    }

    public String getHarm() {
        return harm;
    }

    public String getFrequency() {
        return frequency;
    }

    public String getPriority() {
        return priority;
    }

    public TriageOutcome getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public String getNotes() {
        return notes;
    }

    public String getTriagedBy() {
        return triagedBy;
    }

    public String getDuplicateOf() {
        return duplicateOf;
    }

    public String getPartnerAgency() {
        return partnerAgency;
    }
}
