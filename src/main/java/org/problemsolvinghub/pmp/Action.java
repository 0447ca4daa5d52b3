package org.problemsolvinghub.pmp;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One action of a plan's response: a tactic, the side of the triangle it works on, an owner (an
 * officer of the area or a partner agency) and a due date. Each action runs as its own
 * {@code pmp-action} process, business key {@code PMP-COV-2026-0001-A01}.
 */
@Entity
@EntityListeners(LibrarySearchReuse.Writes.class)
@Table(name = "pmp_action")
public class Action {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "pmp_id")
    private Pmp pmp;

    private int number;
    @Enumerated(EnumType.STRING)
    private Tactic tactic;
    @Enumerated(EnumType.STRING)
    @Column(name = "triangle_side")
    private TriangleSide triangleSide;
    private String description;
    @Column(name = "owner_officer")
    private String ownerOfficer;
    @Column(name = "owner_agency")
    private String ownerAgency;
    @Column(name = "due_date")
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private ActionStatus status;
    @Column(name = "outcome_notes")
    private String outcomeNotes;
    @Column(name = "done_by")
    private String doneBy;
    @Column(name = "done_at")
    private Instant doneAt;
    @Column(name = "reminded_at")
    private Instant remindedAt;
    @Column(name = "escalated_at")
    private Instant escalatedAt;
    @Column(name = "escalation_note")
    private String escalationNote;
    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected Action() {
    }

    Action(Pmp pmp, int number, ActionInput input) {
        this.pmp = pmp;
        this.number = number;
        this.tactic = input.tactic();
        this.triangleSide = input.triangleSide();
        this.description = input.description().strip();
        this.ownerOfficer = input.isPartnerAction() ? null : input.actionOfficer().strip();
        this.ownerAgency = input.isPartnerAction() ? input.actionAgency() : null;
        this.dueDate = input.dueDate();
        this.status = ActionStatus.OPEN;
    }

    /** PMP-COV-2026-0001-A01: the action process's business key. */
    public String reference() {
        return pmp.getReference() + "-A%02d".formatted(number);
    }

    void linkProcessInstance(String id) {
        this.processInstanceId = id;
    }

    void finish(ActionStatus result, String notes, String by, Instant at) {
        this.status = result;
        this.outcomeNotes = notes;
        this.doneBy = by;
        this.doneAt = at;
    }

    void reminded(Instant at) {
        this.remindedAt = at;
    }

    void escalated(String note, Instant at) {
        this.escalationNote = note;
        this.escalatedAt = at;
    }

    boolean isOverdue(LocalDate today) {
        return status == ActionStatus.OPEN && dueDate.isBefore(today);
    }

    public Pmp getPmp() {
        return pmp;
    }

    public int getNumber() {
        return number;
    }

    public Tactic getTactic() {
        return tactic;
    }

    public TriangleSide getTriangleSide() {
        return triangleSide;
    }

    public String getDescription() {
        return description;
    }

    public String getOwnerOfficer() {
        return ownerOfficer;
    }

    public String getOwnerAgency() {
        return ownerAgency;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public String getOutcomeNotes() {
        return outcomeNotes;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }

    public Instant getEscalatedAt() {
        return escalatedAt;
    }

    public String getEscalationNote() {
        return escalationNote;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
