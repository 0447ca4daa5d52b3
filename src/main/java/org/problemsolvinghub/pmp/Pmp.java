package org.problemsolvinghub.pmp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/**
 * A Proactive Management Plan: the hub's record of one community problem, keyed by its reference
 * (PMP-COV-2026-0001), which is also its process instance's business key. The engine holds where the
 * plan stands in its flow; this record holds what people wrote.
 */
@Entity
public class Pmp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    @Column(name = "area_code")
    private String areaCode;

    @Column(name = "ward_code")
    private String wardCode;

    @Enumerated(EnumType.STRING)
    private PmpSource source;

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

    void recordAnalysis(Analysis analysis) {
        this.analysis = analysis;
        this.stage = PmpStage.ANALYSED;
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
