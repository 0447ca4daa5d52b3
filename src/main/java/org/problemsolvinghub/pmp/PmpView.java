package org.problemsolvinghub.pmp;

import java.time.Instant;
import java.util.List;

import org.problemsolvinghub.organisation.Ward;

/** A plan as the API shows it. */
public record PmpView(
        String reference, String area, String wardCode, String ward, PmpSource source, String title,
        String problemStatement, List<String> evidence, PmpStage stage, String priority, String owner,
        String raisedBy, Instant raisedAt, TriageView triage, AnalysisView analysis, String partnerResponse,
        long version) {

    public record TriageView(List<String> cheers, String harm, String frequency, String priority,
            TriageOutcome outcome, String reason, String duplicateOf, String partnerAgency, String notes,
            String triagedBy) {
    }

    public record AnalysisView(String victimTarget, String guardian, String offender, String handler,
            String location, String placeManager, String dataSources, String hypothesis, String underlyingCauses) {
    }

    static PmpView of(Pmp pmp, Ward ward) {
        Triage t = pmp.getTriage();
        TriageView triage = t == null ? null : new TriageView(cheers(t), t.getHarm(), t.getFrequency(),
                t.getPriority(), t.getOutcome(), t.getReason(), t.getDuplicateOf(), t.getPartnerAgency(),
                t.getNotes(), t.getTriagedBy());
        Analysis a = pmp.getAnalysis();
        AnalysisView analysis = a == null ? null : new AnalysisView(a.getVictimTarget(), a.getGuardian(),
                a.getOffender(), a.getHandler(), a.getLocation(), a.getPlaceManager(), a.getDataSources(),
                a.getHypothesis(), a.getUnderlyingCauses());
        return new PmpView(pmp.getReference(), pmp.getAreaCode(), ward.getCode(), ward.getName(), pmp.getSource(),
                pmp.getTitle(), pmp.getProblemStatement(), pmp.getEvidence(), pmp.getStage(),
                t == null ? null : t.getPriority(), pmp.getOwner(), pmp.getRaisedBy(), pmp.getRaisedAt(), triage,
                analysis, pmp.getPartnerResponse(), pmp.getVersion());
    }

    /** The CHEERS elements the supervisor found present. */
    private static List<String> cheers(Triage t) {
        var present = new java.util.ArrayList<String>();
        if (t.isCommunity()) present.add("COMMUNITY");
        if (t.isHarmful()) present.add("HARM");
        if (t.isExpectation()) present.add("EXPECTATION");
        if (t.isEvents()) present.add("EVENTS");
        if (t.isRecurring()) present.add("RECURRING");
        if (t.isSimilarity()) present.add("SIMILARITY");
        return present;
    }
}
