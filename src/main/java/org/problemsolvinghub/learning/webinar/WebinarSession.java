package org.problemsolvinghub.learning.webinar;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.problemsolvinghub.system.HubClock;

/**
 * One webinar of a series, keyed by its reference (WEB-2026-03), which is also its process instance's
 * business key. The engine holds where the session stands in its flow; this record holds what the
 * advisors decided and what people did.
 */
@Entity
@Table(name = "webinar_session")
public class WebinarSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    @Column(name = "series_id")
    private Long seriesId;

    @Column(name = "planned_at")
    private Instant plannedAt;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Enumerated(EnumType.STRING)
    private SessionStatus status;

    private String theme;
    private String title;
    private String description;
    private String speakers;

    @Column(name = "speaker_agency_code")
    private String speakerAgency;

    @Column(name = "joining_link")
    private String joiningLink;

    private int capacity;

    @Column(name = "attended_count")
    private Integer attendedCount;

    @Column(name = "registered_count")
    private Integer importedRegistrations;

    @Column(name = "recording_link")
    private String recordingLink;

    @Column(name = "slides_link")
    private String slidesLink;

    private String summary;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "cancel_reason")
    private String cancelReason;

    @Column(name = "times_rescheduled")
    private int timesRescheduled;

    @Column(name = "feedback_closes_at")
    private Instant feedbackClosesAt;

    @Column(name = "search_text")
    private String searchText;

    private boolean imported;

    @ElementCollection
    @CollectionTable(name = "webinar_invitation", joinColumns = @JoinColumn(name = "session_id"))
    @Column(name = "agency_code")
    private Set<String> invitedAgencies = new HashSet<>();

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private long version;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected WebinarSession() {
    }

    /** A session of the series' plan, to be prepared through its process. */
    WebinarSession(String reference, Long seriesId, Instant plannedAt, int capacity) {
        this.reference = reference;
        this.seriesId = seriesId;
        this.plannedAt = plannedAt;
        this.startsAt = plannedAt;
        this.capacity = capacity;
        this.status = SessionStatus.PLANNED;
        this.updatedAt = HubClock.now();
    }

    /** A session held before the hub, entered so that its recording joins the library. */
    static WebinarSession imported(String reference, Long seriesId, Instant heldAt, PastSessionRequest past, int capacity) {
        WebinarSession session = new WebinarSession(reference, seriesId, heldAt, capacity);
        session.imported = true;
        session.theme = past.theme();
        session.title = past.title();
        session.description = past.description();
        session.speakers = past.speakers();
        session.attendedCount = past.attended();
        session.importedRegistrations = past.registered();
        session.recordingLink = past.recordingLink();
        session.slidesLink = past.slidesLink();
        session.summary = past.summary();
        session.publishedAt = HubClock.now();
        session.status = SessionStatus.CLOSED;
        session.invitedAgencies.addAll(past.agencies());
        session.index();
        return session;
    }

    void chooseTheme(String theme, String title, String description) {
        this.theme = theme;
        this.title = title;
        this.description = description;
        index();
    }

    void confirmSpeakers(String speakers, String speakerAgency) {
        this.speakers = speakers;
        this.speakerAgency = speakerAgency;
        index();
    }

    void announce(String joiningLink, int capacity, Set<String> agencies) {
        this.joiningLink = joiningLink;
        this.capacity = capacity;
        this.invitedAgencies.clear();
        this.invitedAgencies.addAll(agencies);
        if (speakerAgency != null) {
            this.invitedAgencies.add(speakerAgency);
        }
        this.status = SessionStatus.ANNOUNCED;
    }

    void cancel(String reason) {
        this.cancelReason = reason;
        this.status = SessionStatus.CANCELLED;
    }

    void reschedule(Instant startsAt) {
        this.startsAt = startsAt;
        this.timesRescheduled++;
        this.status = SessionStatus.ANNOUNCED;
    }

    void callOff() {
        this.status = SessionStatus.CALLED_OFF;
    }

    void recordAttendance(int attended, Instant feedbackClosesAt) {
        this.attendedCount = attended;
        this.feedbackClosesAt = feedbackClosesAt;
        this.status = SessionStatus.HELD;
    }

    void publish(String recordingLink, String slidesLink, String summary, Instant at) {
        this.recordingLink = recordingLink;
        this.slidesLink = slidesLink;
        this.summary = summary;
        this.publishedAt = at;
        index();
    }

    void close() {
        this.status = SessionStatus.CLOSED;
    }

    /** What the library search matches: every word a person might look for, lower-cased once. */
    private void index() {
        String text = Stream.of(title, theme, description, speakers, summary)
                .filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" ")).toLowerCase(Locale.ROOT);
        this.searchText = text.length() > 6000 ? text.substring(0, 6000) : text;
    }

    @PreUpdate
    void touch() {
        this.updatedAt = HubClock.now();
    }

    public boolean isPublished() {
        return publishedAt != null;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public Instant getPlannedAt() {
        return plannedAt;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public String getTheme() {
        return theme;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getSpeakers() {
        return speakers;
    }

    public String getSpeakerAgency() {
        return speakerAgency;
    }

    public String getJoiningLink() {
        return joiningLink;
    }

    public int getCapacity() {
        return capacity;
    }

    public Integer getAttendedCount() {
        return attendedCount;
    }

    public Integer getImportedRegistrations() {
        return importedRegistrations;
    }

    public String getRecordingLink() {
        return recordingLink;
    }

    public String getSlidesLink() {
        return slidesLink;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public int getTimesRescheduled() {
        return timesRescheduled;
    }

    public Instant getFeedbackClosesAt() {
        return feedbackClosesAt;
    }

    public boolean isImported() {
        return imported;
    }

    public Set<String> getInvitedAgencies() {
        return Set.copyOf(invitedAgencies);
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    void linkProcessInstance(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }
}
