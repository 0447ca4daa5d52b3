package org.problemsolvinghub.learning.webinar;

import java.time.Instant;
import java.time.Period;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A webinar series ('Tactical Thursdays'): a session every interval, run by the problem-solving advisors. */
@Entity
@Table(name = "webinar_series")
public class WebinarSeries {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    private String name;

    private String description;

    @Column(name = "first_session_at")
    private Instant firstSessionAt;

    /** Copied from configuration when the series starts, so a later change does not move its sessions. */
    @Column(name = "session_interval")
    private String sessionInterval;

    @Enumerated(EnumType.STRING)
    private SeriesStatus status;

    @Column(name = "started_by")
    private String startedBy;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private long version;

    protected WebinarSeries() {
    }

    WebinarSeries(String reference, String name, String description, Instant firstSessionAt, Period interval,
            String startedBy, Instant startedAt, String processInstanceId) {
        this.reference = reference;
        this.name = name;
        this.description = description;
        this.firstSessionAt = firstSessionAt;
        this.sessionInterval = interval.toString();
        this.status = SeriesStatus.RUNNING;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
        this.processInstanceId = processInstanceId;
    }

    void end(Instant at) {
        this.status = SeriesStatus.ENDED;
        this.endedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Instant getFirstSessionAt() {
        return firstSessionAt;
    }

    public Period getInterval() {
        return Period.parse(sessionInterval);
    }

    public SeriesStatus getStatus() {
        return status;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
