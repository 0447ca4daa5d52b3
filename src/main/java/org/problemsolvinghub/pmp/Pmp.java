package org.problemsolvinghub.pmp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import org.hibernate.annotations.NaturalId;

/**
 * A Proactive Management Plan: the hub's record of one community problem, keyed by its reference
 * (PMP-COV-2026-0001), which is also its process instance's business key. The engine holds where the
 * plan stands in its flow; this record holds what people wrote.
 */
@Entity
@EntityListeners(LibrarySearchReuse.Writes.class)
public class Pmp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Never changes; a natural id, so a transaction that has loaded the plan finds it again without a query. */
    @NaturalId
    private String reference;

    @Column(name = "area_code")
    private String areaCode;

    @Column(name = "ward_code")
    private String wardCode;

    @Enumerated(EnumType.STRING)
    private PmpSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "problem_type")
    private ProblemType problemType;

    private String title;

    @Column(name = "problem_statement")
    private String problemStatement;

    @ElementCollection
    @CollectionTable(name = "pmp_evidence", joinColumns = @JoinColumn(name = "pmp_id"))
    @OrderColumn(name = "position")
    @Column(name = "description")
    private List<String> evidence = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private PmpStage stage;

    @Column(name = "raised_by")
    private String raisedBy;

    @Column(name = "raised_at")
    private Instant raisedAt;

    @Embedded
    private Triage triage;

    @Column(name = "partner_response")
    private String partnerResponse;

    @Column(name = "owner_id")
    private String owner;

    @Embedded
    private Analysis analysis;

    @Column(name = "analyst_question")
    private String analystQuestion;

    @Column(name = "analyst_answer")
    private String analystAnswer;

    @Column(name = "analyst_id")
    private String analyst;

    @OneToMany(mappedBy = "pmp", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Objective> objectives = new ArrayList<>();

    @OneToMany(mappedBy = "pmp", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("number")
    private List<Action> actions = new ArrayList<>();

    @OneToMany(mappedBy = "pmp", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("reviewedAt")
    private List<Review> reviews = new ArrayList<>();

    @Column(name = "response_notes")
    private String responseNotes;

    @Embedded
    private Assessment assessment;

    @Enumerated(EnumType.STRING)
    @Column(name = "sign_off_decision")
    private SignOffDecision signOffDecision;

    @Column(name = "sign_off_comment")
    private String signOffComment;

    @Column(name = "signed_off_by")
    private String signedOffBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** What the good-practice library searches, written when the plan closes. */
    @Column(name = "library_text")
    private String libraryText;

    /** The findings of {@link QualityChecks}, stored as they change (one per line: CODE|SEVERITY|message). */
    @Column(name = "quality_findings")
    private String qualityFindings;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Pmp() {
    }

    Pmp(String reference, RaisePmpRequest raised, String wardCode, String raisedBy, Instant raisedAt) {
        this.reference = reference;
        this.areaCode = raised.area();
        this.wardCode = wardCode;
        this.source = raised.source();
        this.problemType = raised.problemType();
        this.title = raised.title().strip();
        this.problemStatement = raised.problemStatement().strip();
        raised.evidence().stream().map(String::strip).forEach(evidence::add);
        this.stage = PmpStage.TRIAGE;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.updatedAt = raisedAt;
    }

    void recordTriage(Triage triage, String owner) {
        this.triage = triage;
        this.owner = owner;
        this.stage = triage.getOutcome().stageAfter();
    }

    void recordAnalysis(Analysis analysis, String analystQuestion) {
        this.analysis = analysis;
        this.analystQuestion = analystQuestion;
        this.stage = analystQuestion == null ? PmpStage.OBJECTIVES : PmpStage.ANALYSIS;
    }

    void recordAnalystAnswer(String answer, String analystId) {
        this.analystAnswer = answer;
        this.analyst = analystId;
    }

    /** Replaces the objectives: before the assessment, the owner may rewrite them freely. */
    void replaceObjectives(List<ObjectiveInput> inputs) {
        objectives.clear();
        for (int i = 0; i < inputs.size(); i++) {
            objectives.add(new Objective(this, i + 1, inputs.get(i)));
        }
    }

    void objectivesSet() {
        this.stage = PmpStage.RESPONSE;
    }

    /** An edit of the analysis through the API, which does not complete the stage. */
    void updateAnalysis(Analysis analysis) {
        this.analysis = analysis;
    }

    Action addAction(ActionInput input) {
        int number = actions.stream().mapToInt(Action::getNumber).max().orElse(0) + 1;
        Action action = new Action(this, number, input);
        actions.add(action);
        this.stage = PmpStage.RESPONSE;
        return action;
    }

    void recordResponse(String notes, boolean complete) {
        if (notes != null && !notes.isBlank()) {
            this.responseNotes = notes.strip();
        }
        if (complete) {
            this.stage = PmpStage.ASSESSMENT;
        }
    }

    void recordAssessment(Assessment assessment) {
        this.assessment = assessment;
        this.stage = PmpStage.SIGN_OFF;
    }

    /** An edit of the assessment through the API, which does not complete the stage. */
    void updateAssessment(Assessment assessment) {
        this.assessment = assessment;
    }

    Review addReview(String by, Instant at, ReviewOutcome outcome, String comment) {
        Review review = new Review(this, by, at, outcome, comment);
        reviews.add(review);
        return review;
    }

    void recordSignOff(SignOffDecision decision, String comment, String by) {
        this.signOffDecision = decision;
        this.signOffComment = comment;
        this.signedOffBy = by;
        this.stage = switch (decision) {
            case CLOSE -> PmpStage.SIGN_OFF;
            case BACK_TO_ANALYSIS -> PmpStage.ANALYSIS;
            case BACK_TO_RESPONSE -> PmpStage.RESPONSE;
        };
    }

    void close(Instant at, String libraryText) {
        this.stage = PmpStage.CLOSED;
        this.closedAt = at;
        this.libraryText = libraryText;
    }

    void moveTo(String areaCode, String wardCode) {
        this.areaCode = areaCode;
        this.wardCode = wardCode;
    }

    void changeOwner(String owner) {
        this.owner = owner;
    }

    void storeQualityFindings(String findings) {
        this.qualityFindings = findings;
    }

    void recordPartnerResponse(String response) {
        this.partnerResponse = response;
    }

    void linkProcessInstance(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    @PreUpdate
    void touch() {
        this.updatedAt = org.problemsolvinghub.system.HubClock.now();
    }

    Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public String getWardCode() {
        return wardCode;
    }

    public PmpSource getSource() {
        return source;
    }

    public ProblemType getProblemType() {
        return problemType;
    }

    public String getAnalystQuestion() {
        return analystQuestion;
    }

    public String getAnalystAnswer() {
        return analystAnswer;
    }

    public String getAnalyst() {
        return analyst;
    }

    public List<Objective> getObjectives() {
        return objectives;
    }

    public List<Action> getActions() {
        return actions;
    }

    /** The latest review that sent the plan back and is not answered yet: the one the owner is answering. */
    public Optional<Review> reviewAwaitingReply() {
        return reviews.stream().filter(r -> r.getOutcome() == ReviewOutcome.SEND_BACK && r.getReply() == null)
                .reduce((earlier, later) -> later);
    }

    public List<Review> getReviews() {
        return reviews;
    }

    public String getResponseNotes() {
        return responseNotes;
    }

    public Assessment getAssessment() {
        return assessment;
    }

    public SignOffDecision getSignOffDecision() {
        return signOffDecision;
    }

    public String getSignOffComment() {
        return signOffComment;
    }

    public String getSignedOffBy() {
        return signedOffBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getQualityFindings() {
        return qualityFindings;
    }

    public String getTitle() {
        return title;
    }

    public String getProblemStatement() {
        return problemStatement;
    }

    public List<String> getEvidence() {
        return List.copyOf(evidence);
    }

    public PmpStage getStage() {
        return stage;
    }

    public String getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Triage getTriage() {
        return triage;
    }

    public String getPartnerResponse() {
        return partnerResponse;
    }

    public String getOwner() {
        return owner;
    }

    public Analysis getAnalysis() {
        return analysis;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public long getVersion() {
        return version;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
