package org.problemsolvinghub.rotation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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

import org.problemsolvinghub.system.HubClock;

/**
 * One officer's application to the scheme and, if it goes ahead, their rotation: keyed by its
 * reference (ROT-2026-0001), which is also the process instance's business key. The place it holds
 * on the scheme is {@link #placeStartsOn} to {@link #placeEndsOn}: those days count against the cap.
 */
@Entity
public class Rotation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    @Enumerated(EnumType.STRING)
    private RotationTrack track;

    @Column(name = "officer_id")
    private String officerId;

    @Column(name = "officer_name")
    private String officerName;

    @Column(name = "team_code")
    private String teamCode;

    @Column(name = "line_manager_id")
    private String lineManagerId;

    @Enumerated(EnumType.STRING)
    private RotationRoute route;

    @Column(name = "applied_by")
    private String appliedBy;

    @Column(name = "applied_at")
    private Instant appliedAt;

    @Column(name = "joined_force_on")
    private LocalDate joinedForceOn;

    private String motivation;

    @Column(name = "intake_starts_on")
    private LocalDate intake;

    @Enumerated(EnumType.STRING)
    private RotationStatus status;

    @Column(name = "refusal_stage")
    private String refusalStage;

    @Column(name = "refusal_rule")
    private String refusalRule;

    @Column(name = "refusal_reason")
    private String refusalReason;

    @Column(name = "conversation_on")
    private LocalDate conversationOn;

    @Column(name = "conversation_notes")
    private String conversationNotes;

    @Column(name = "conversation_by")
    private String conversationBy;

    @Column(name = "released_by")
    private String releasedBy;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "workload_handed_over")
    private Boolean workloadHandedOver;

    @Column(name = "accepted_by")
    private String acceptedBy;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "acceptance_number")
    private Long acceptanceNumber;

    @Column(name = "waiting_rank")
    private Double waitingRank;

    @Column(name = "offered_at")
    private Instant offeredAt;

    @Column(name = "offer_deadline")
    private Instant offerDeadline;

    @Column(name = "place_starts_on")
    private LocalDate placeStartsOn;

    @Column(name = "place_ends_on")
    private LocalDate placeEndsOn;

    @Column(name = "planned_ends_on")
    private LocalDate plannedEndsOn;

    private int extensions;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "end_reason")
    private String endReason;

    @Column(name = "trained_on")
    private LocalDate trainedOn;

    @Column(name = "check_in_notes")
    private String checkInNotes;

    @Column(name = "checked_in_by")
    private String checkedInBy;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @ElementCollection
    @CollectionTable(name = "rotation_event", joinColumns = @JoinColumn(name = "rotation_id"))
    @OrderColumn(name = "position")
    private List<RotationEvent> events = new ArrayList<>();

    @Version
    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Rotation() {
    }

    Rotation(String reference, RotationTrack track, Application application, String officerName, RotationRoute route,
            String appliedBy, Instant appliedAt) {
        this.reference = reference;
        this.track = track;
        this.officerId = application.officer();
        this.officerName = officerName;
        this.teamCode = application.team();
        this.lineManagerId = application.lineManager();
        this.joinedForceOn = application.joinedForceOn();
        this.motivation = application.motivation();
        this.intake = application.intake();
        this.route = route;
        this.appliedBy = appliedBy;
        this.appliedAt = appliedAt;
        this.status = RotationStatus.APPLIED;
        this.updatedAt = appliedAt;
    }

    /** A rotation from before the hub, for the scheme's history and figures (no process instance). */
    static Rotation imported(String reference, String officerId, String officerName, String teamCode,
            LocalDate startsOn, LocalDate endsOn, LocalDate trainedOn, RotationStatus status) {
        Rotation r = new Rotation();
        r.reference = reference;
        r.track = startsOn == null ? RotationTrack.OVERTIME_ONLY : RotationTrack.ROTATION;
        r.officerId = officerId;
        r.officerName = officerName;
        r.teamCode = teamCode;
        r.route = RotationRoute.IMPORTED;
        LocalDate applied = (startsOn != null ? startsOn : trainedOn != null ? trainedOn : RotationCalendar.today())
                .minusWeeks(8);
        r.appliedAt = applied.atStartOfDay(RotationCalendar.FORCE_TIME_ZONE).toInstant();
        r.status = status;
        r.intake = null;
        r.placeStartsOn = startsOn;
        r.placeEndsOn = endsOn;
        r.plannedEndsOn = endsOn;
        r.trainedOn = trainedOn;
        r.endedOn = status == RotationStatus.COMPLETED ? endsOn : null;
        r.updatedAt = r.appliedAt;
        return r;
    }

    /** A rotation already under way when the hub went live: its process is started at "on rotation". */
    static Rotation importedOnRotation(String reference, String officerId, String officerName, String teamCode,
            LocalDate startsOn, LocalDate endsOn) {
        Rotation r = imported(reference, officerId, officerName, teamCode, startsOn, endsOn, startsOn.minusDays(10),
                RotationStatus.ON_ROTATION);
        r.intake = startsOn;
        r.startedAt = startsOn.atStartOfDay(RotationCalendar.FORCE_TIME_ZONE).toInstant();
        return r;
    }

    void linkProcessInstance(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void moveTo(RotationStatus next) {
        this.status = next;
    }

    void refuse(String stage, String rule, String reason, String by) {
        this.status = stage.equals("ELIGIBILITY") ? RotationStatus.INELIGIBLE : RotationStatus.REFUSED;
        this.refusalStage = stage;
        this.refusalRule = rule;
        this.refusalReason = reason;
        log(by, "REFUSED", stage + " " + rule + ": " + reason);
    }

    void recordConversation(LocalDate on, String notes, String by) {
        this.conversationOn = on;
        this.conversationNotes = notes;
        this.conversationBy = by;
        this.status = RotationStatus.RELEASE;
    }

    void release(String by, Instant at) {
        this.releasedBy = by;
        this.releasedAt = at;
        this.workloadHandedOver = true;
        this.status = RotationStatus.ACCEPTANCE;
    }

    void accept(String by, Instant at, long number, LocalDate intake) {
        this.acceptedBy = by;
        this.acceptedAt = at;
        this.acceptanceNumber = number;
        this.intake = intake;
    }

    void acceptForTraining(String by, Instant at) {
        this.acceptedBy = by;
        this.acceptedAt = at;
        this.status = RotationStatus.TRAINING;
    }

    void place(LocalDate startsOn, LocalDate endsOn) {
        this.placeStartsOn = startsOn;
        this.placeEndsOn = endsOn;
        this.plannedEndsOn = endsOn;
        this.waitingRank = null;
        this.status = RotationStatus.PLACED;
    }

    void waitForPlace(double rank) {
        this.waitingRank = rank;
        this.status = RotationStatus.WAITING;
    }

    void offer(LocalDate startsOn, LocalDate endsOn, Instant at, Instant deadline) {
        this.placeStartsOn = startsOn;
        this.placeEndsOn = endsOn;
        this.plannedEndsOn = endsOn;
        this.offeredAt = at;
        this.offerDeadline = deadline;
        this.status = RotationStatus.OFFERED;
    }

    void takeOffer() {
        this.waitingRank = null;
        this.status = RotationStatus.PLACED;
    }

    /** Declined or lapsed: the place held for the offer is given up. */
    void giveUpOffer(RotationStatus outcome, String by) {
        this.placeStartsOn = null;
        this.placeEndsOn = null;
        this.plannedEndsOn = null;
        this.waitingRank = null;
        this.status = outcome;
        log(by, outcome.name(), "place offered for " + intake + " given up");
    }

    void carryOver(LocalDate nextIntake) {
        log(null, "CARRIED_OVER", "intake " + intake + " started; waits for " + nextIntake);
        this.intake = nextIntake;
    }

    void rerank(double rank, String by, String reason, int position) {
        this.waitingRank = rank;
        log(by, "REORDERED", "moved to position " + position + " on the waiting list: " + reason);
    }

    void trained(LocalDate on) {
        this.trainedOn = on;
    }

    void start(Instant at) {
        this.startedAt = at;
        this.status = RotationStatus.ON_ROTATION;
    }

    void recordCheckIn(String notes, String by) {
        this.checkInNotes = notes;
        this.checkedInBy = by;
    }

    void extend(LocalDate newEnd, String by, String reason) {
        log(by, "EXTENDED", "to " + newEnd + " (was " + placeEndsOn + "): " + reason);
        this.placeEndsOn = newEnd;
        this.extensions++;
    }

    void endEarly(LocalDate lastDay, String by, String reason) {
        log(by, "ENDS_EARLY", "last day " + lastDay + " (was " + placeEndsOn + "): " + reason);
        this.placeEndsOn = lastDay;
        this.endReason = reason;
    }

    void complete(LocalDate on) {
        this.endedOn = on;
        this.status = RotationStatus.COMPLETED;
        log(null, "RETURNED_TO_TEAM", "back to " + teamCode + " from " + on.plusDays(1));
    }

    /**
     * Frees the place at once. Days already served stay counted (they were on rotation then); a place
     * not yet started is given up whole.
     */
    void withdraw(LocalDate today, String by, String reason) {
        if (status == RotationStatus.ON_ROTATION && placeStartsOn != null && !today.isBefore(placeStartsOn)) {
            this.placeEndsOn = today.isAfter(placeEndsOn) ? placeEndsOn : today;
            this.endedOn = placeEndsOn;
        } else {
            this.placeStartsOn = null;
            this.placeEndsOn = null;
        }
        this.waitingRank = null;
        this.endReason = reason;
        this.status = RotationStatus.WITHDRAWN;
        log(by, "WITHDRAWN", reason);
    }

    void log(String actor, String kind, String detail) {
        String text = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
        events.add(new RotationEvent(HubClock.now(), actor, kind, text));
    }

    boolean holdsPlace() {
        return placeStartsOn != null;
    }

    @PreUpdate
    void touch() {
        this.updatedAt = HubClock.now();
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public RotationTrack getTrack() {
        return track;
    }

    public String getOfficerId() {
        return officerId;
    }

    public String getOfficerName() {
        return officerName;
    }

    public String getTeamCode() {
        return teamCode;
    }

    public String getLineManagerId() {
        return lineManagerId;
    }

    public RotationRoute getRoute() {
        return route;
    }

    public String getAppliedBy() {
        return appliedBy;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public LocalDate getJoinedForceOn() {
        return joinedForceOn;
    }

    public String getMotivation() {
        return motivation;
    }

    public LocalDate getIntake() {
        return intake;
    }

    public RotationStatus getStatus() {
        return status;
    }

    public String getRefusalStage() {
        return refusalStage;
    }

    public String getRefusalRule() {
        return refusalRule;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public LocalDate getConversationOn() {
        return conversationOn;
    }

    public String getConversationNotes() {
        return conversationNotes;
    }

    public String getConversationBy() {
        return conversationBy;
    }

    public String getReleasedBy() {
        return releasedBy;
    }

    public Boolean getWorkloadHandedOver() {
        return workloadHandedOver;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public Instant getAcceptedAt() {
        return acceptedAt;
    }

    public Long getAcceptanceNumber() {
        return acceptanceNumber;
    }

    public Double getWaitingRank() {
        return waitingRank;
    }

    public Instant getOfferedAt() {
        return offeredAt;
    }

    public Instant getOfferDeadline() {
        return offerDeadline;
    }

    public LocalDate getPlaceStartsOn() {
        return placeStartsOn;
    }

    public LocalDate getPlaceEndsOn() {
        return placeEndsOn;
    }

    public LocalDate getPlannedEndsOn() {
        return plannedEndsOn;
    }

    public int getExtensions() {
        return extensions;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndReason() {
        return endReason;
    }

    public LocalDate getTrainedOn() {
        return trainedOn;
    }

    public String getCheckInNotes() {
        return checkInNotes;
    }

    public String getCheckedInBy() {
        return checkedInBy;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public List<RotationEvent> getEvents() {
        return List.copyOf(events);
    }

    public long getVersion() {
        return version;
    }
}
