package org.problemsolvinghub.pmp;

/** What the supervisor decided at triage, as submitted through the triage form. */
public record TriageDecision(
        Boolean cheersCommunity, Boolean cheersHarm, Boolean cheersExpectation, Boolean cheersEvents,
        Boolean cheersRecurring, Boolean cheersSimilarity,
        String harm, String frequency,
        TriageOutcome outcome, String owner, String reason, String duplicateOf, String partnerAgency,
        String notes) {
}
