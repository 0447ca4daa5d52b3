package org.problemsolvinghub.pmp;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.problemsolvinghub.organisation.Ward;

/** A plan as the API shows it. */
public record PmpView(
        String reference, String area, String wardCode, String ward, PmpSource source, ProblemType problemType,
        String title, String problemStatement, List<String> evidence, PmpStage stage, String priority, String owner,
        String raisedBy, Instant raisedAt, TriageView triage, AnalysisView analysis, String partnerResponse,
        List<ObjectiveView> objectives, List<ActionView> actions, String responseNotes, AssessmentView assessment,
        List<ReviewView> reviews, SignOffView signOff, Instant closedAt, List<FindingView> quality, long version) {

    public record TriageView(List<String> cheers, String harm, String frequency, String priority,
            TriageOutcome outcome, String reason, String duplicateOf, String partnerAgency, String notes,
            String triagedBy) {
    }

    public record AnalysisView(String victimTarget, String guardian, String offender, String handler,
            String location, String placeManager, String dataSources, String hypothesis, String underlyingCauses,
            String analystQuestion, String analystAnswer, String analyst) {
    }

    public record ObjectiveView(long id, int position, String measure, BigDecimal baselineFigure,
            LocalDate baselineFrom, LocalDate baselineTo, BigDecimal target, LocalDate targetDate,
            BigDecimal afterFigure, LocalDate afterFrom, LocalDate afterTo) {
    }

    public record ActionView(String reference, int number, Tactic tactic, TriangleSide triangleSide,
            String description, String ownerOfficer, String ownerAgency, LocalDate dueDate, ActionStatus status,
            String outcomeNotes, String doneBy, Instant doneAt, Instant remindedAt, Instant escalatedAt,
            String escalationNote) {
    }

    public record AssessmentView(AssessmentOutcome outcome, Impact impact, BigDecimal impactFigure,
            String causedByResponse, List<String> displacementChecked, String displacementFindings,
            String lessonsLearnt, Instant assessedAt) {
    }

    public record ReviewView(String reviewedBy, Instant reviewedAt, ReviewOutcome outcome, String comment,
            String reply, Instant repliedAt) {
    }

    public record SignOffView(SignOffDecision decision, String comment, String signedOffBy) {
    }

    public record FindingView(QualityCheck check, String field, boolean blocking, String message) {
    }

    static PmpView of(Pmp pmp, Ward ward) {
        Triage t = pmp.getTriage();
        TriageView triage = t == null ? null : new TriageView(cheers(t), t.getHarm(), t.getFrequency(),
                t.getPriority(), t.getOutcome(), t.getReason(), t.getDuplicateOf(), t.getPartnerAgency(),
                t.getNotes(), t.getTriagedBy());
        Analysis a = pmp.getAnalysis();
        AnalysisView analysis = a == null ? null : new AnalysisView(a.getVictimTarget(), a.getGuardian(),
                a.getOffender(), a.getHandler(), a.getLocation(), a.getPlaceManager(), a.getDataSources(),
                a.getHypothesis(), a.getUnderlyingCauses(), pmp.getAnalystQuestion(), pmp.getAnalystAnswer(),
                pmp.getAnalyst());
        Assessment s = pmp.getAssessment();
        AssessmentView assessment = s == null || s.getOutcome() == null ? null : new AssessmentView(s.getOutcome(),
                s.getImpact(), s.getImpactFigure(), s.getCausedByResponse(), displacement(s),
                s.getDisplacementFindings(), s.getLessonsLearnt(), s.getAssessedAt());
        return new PmpView(pmp.getReference(), pmp.getAreaCode(), ward.getCode(), ward.getName(), pmp.getSource(),
                pmp.getProblemType(), pmp.getTitle(), pmp.getProblemStatement(), pmp.getEvidence(), pmp.getStage(),
                t == null ? null : t.getPriority(), pmp.getOwner(), pmp.getRaisedBy(), pmp.getRaisedAt(), triage,
                analysis, pmp.getPartnerResponse(),
                pmp.getObjectives().stream().map(PmpView::objective).toList(),
                pmp.getActions().stream().map(PmpView::action).toList(),
                pmp.getResponseNotes(), assessment,
                pmp.getReviews().stream().map(r -> new ReviewView(r.getReviewedBy(), r.getReviewedAt(), r.getOutcome(),
                        r.getComment(), r.getReply(), r.getRepliedAt())).toList(),
                pmp.getSignOffDecision() == null ? null
                        : new SignOffView(pmp.getSignOffDecision(), pmp.getSignOffComment(), pmp.getSignedOffBy()),
                pmp.getClosedAt(),
                QualityChecks.stored(pmp).stream().map(f -> new FindingView(f.check(), f.field(), f.blocking(), f.message())).toList(),
                pmp.getVersion());
    }

    static ObjectiveView objective(Objective o) {
        return new ObjectiveView(o.getId() == null ? 0 : o.getId(), o.getPosition(), o.getMeasure(), o.getBaselineFigure(),
                o.getBaselineFrom(), o.getBaselineTo(), o.getTarget(), o.getTargetDate(), o.getAfterFigure(),
                o.getAfterFrom(), o.getAfterTo());
    }

    static ActionView action(Action a) {
        return new ActionView(a.reference(), a.getNumber(), a.getTactic(), a.getTriangleSide(), a.getDescription(),
                a.getOwnerOfficer(), a.getOwnerAgency(), a.getDueDate(), a.getStatus(), a.getOutcomeNotes(),
                a.getDoneBy(), a.getDoneAt(), a.getRemindedAt(), a.getEscalatedAt(), a.getEscalationNote());
    }

    private static List<String> displacement(Assessment s) {
        List<String> checked = new ArrayList<>();
        if (s.isDisplacementPlaces()) checked.add("PLACES");
        if (s.isDisplacementTimes()) checked.add("TIMES");
        if (s.isDisplacementCrimes()) checked.add("CRIMES");
        return checked;
    }

    /** The CHEERS elements the supervisor found present. */
    private static List<String> cheers(Triage t) {
        List<String> present = new ArrayList<>();
        if (t.isCommunity()) present.add("COMMUNITY");
        if (t.isHarmful()) present.add("HARM");
        if (t.isExpectation()) present.add("EXPECTATION");
        if (t.isEvents()) present.add("EVENTS");
        if (t.isRecurring()) present.add("RECURRING");
        if (t.isSimilarity()) present.add("SIMILARITY");
        return present;
    }
}
