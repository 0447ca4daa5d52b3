package org.problemsolvinghub.learning.challenge;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A habit challenge (CHL-2026-01, its process instance's business key): a run of daily tasks from a
 * start date, for a team or the whole force. Its length and catch-up window are copied from
 * configuration when it is set up, so a later change of policy does not move a running challenge.
 */
@Entity
@Table(name = "challenge")
public class Challenge {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    private String title;

    @Column(name = "template_code")
    private String template;

    @Column(name = "team_code")
    private String teamCode;

    @Column(name = "starts_on")
    private LocalDate startsOn;

    private int days;

    @Column(name = "catch_up_days")
    private int catchUpDays;

    @Enumerated(EnumType.STRING)
    private ChallengeStatus status;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "briefed_on")
    private LocalDate briefedOn;

    @Column(name = "briefing_notes")
    private String briefingNotes;

    @ElementCollection
    @CollectionTable(name = "challenge_day", joinColumns = @JoinColumn(name = "challenge_id"))
    private List<ChallengeDay> dailyTasks = new ArrayList<>();

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private long version;

    protected Challenge() {
    }

    Challenge(String reference, String title, String template, String teamCode, LocalDate startsOn, int days,
            int catchUpDays, List<ChallengeDay> dailyTasks, String createdBy, Instant createdAt, String processInstanceId) {
        this.reference = reference;
        this.title = title;
        this.template = template;
        this.teamCode = teamCode;
        this.startsOn = startsOn;
        this.days = days;
        this.catchUpDays = catchUpDays;
        this.dailyTasks.addAll(dailyTasks);
        this.status = ChallengeStatus.RUNNING;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.processInstanceId = processInstanceId;
    }

    /** The day number a date falls on: 1 on the start date, 0 or less before it, above {@code days} after the end. */
    int dayOf(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(startsOn, date) + 1;
    }

    LocalDate dateOf(int day) {
        return startsOn.plusDays(day - 1L);
    }

    /** The last date a day may be completed on. */
    LocalDate lastDateFor(int day) {
        return dateOf(day).plusDays(catchUpDays);
    }

    /** Demo only: the challenge began before the demo was loaded. */
    void startedEarlier(LocalDate on) {
        this.startsOn = on;
    }

    void close() {
        this.status = ChallengeStatus.CLOSED;
    }

    void recordBriefing(LocalDate on, String notes) {
        this.briefedOn = on;
        this.briefingNotes = notes;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getTitle() {
        return title;
    }

    public String getTemplate() {
        return template;
    }

    public String getTeamCode() {
        return teamCode;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return dateOf(days);
    }

    public int getDays() {
        return days;
    }

    public int getCatchUpDays() {
        return catchUpDays;
    }

    public ChallengeStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public LocalDate getBriefedOn() {
        return briefedOn;
    }

    public String getBriefingNotes() {
        return briefingNotes;
    }

    public List<ChallengeDay> getDailyTasks() {
        return dailyTasks.stream().sorted(Comparator.comparing(ChallengeDay::getNumber)).toList();
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
