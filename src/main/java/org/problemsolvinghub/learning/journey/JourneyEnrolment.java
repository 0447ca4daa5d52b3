package org.problemsolvinghub.learning.journey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * A team enrolled on a journey (JRN-2026-0001, its process instance's business key): its members when
 * enrolled, the date they should be done by, and the date those behind are reminded.
 */
@Entity
@Table(name = "journey_enrolment")
public class JourneyEnrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reference;

    @Column(name = "journey_code")
    private String journeyCode;

    @Column(name = "team_code")
    private String teamCode;

    @Column(name = "enrolled_by")
    private String enrolledBy;

    @Column(name = "enrolled_on")
    private LocalDate enrolledOn;

    @Column(name = "remind_on")
    private LocalDate remindOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private EnrolmentStatus status;

    @Column(name = "supervisor_action")
    private String supervisorAction;

    @Column(name = "completed_learners")
    private Integer completedLearners;

    @ElementCollection
    @CollectionTable(name = "journey_learner", joinColumns = @JoinColumn(name = "enrolment_id"))
    private List<JourneyLearner> learners = new ArrayList<>();

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Version
    private long version;

    protected JourneyEnrolment() {
    }

    JourneyEnrolment(String reference, String journeyCode, String teamCode, List<String> members, String enrolledBy,
            LocalDate enrolledOn, LocalDate remindOn, LocalDate dueOn, String processInstanceId) {
        this.reference = reference;
        this.journeyCode = journeyCode;
        this.teamCode = teamCode;
        members.forEach(m -> learners.add(new JourneyLearner(m)));
        this.enrolledBy = enrolledBy;
        this.enrolledOn = enrolledOn;
        this.remindOn = remindOn;
        this.dueOn = dueOn;
        this.status = EnrolmentStatus.OPEN;
        this.processInstanceId = processInstanceId;
    }

    Optional<JourneyLearner> learner(String userId) {
        return learners.stream().filter(l -> l.getUserId().equals(userId)).findFirst();
    }

    void add(String userId) {
        if (learner(userId).isEmpty()) {
            learners.add(new JourneyLearner(userId));
        }
    }

    /** Demo only: the team was enrolled earlier than the demo was loaded. */
    void enrolledEarlier(LocalDate on) {
        this.enrolledOn = on;
    }

    void recordSupervisorAction(String action) {
        this.supervisorAction = action;
    }

    void close(int completed) {
        this.completedLearners = completed;
        this.status = EnrolmentStatus.CLOSED;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public String getJourneyCode() {
        return journeyCode;
    }

    public String getTeamCode() {
        return teamCode;
    }

    public String getEnrolledBy() {
        return enrolledBy;
    }

    public LocalDate getEnrolledOn() {
        return enrolledOn;
    }

    public LocalDate getRemindOn() {
        return remindOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public String getSupervisorAction() {
        return supervisorAction;
    }

    public Integer getCompletedLearners() {
        return completedLearners;
    }

    public List<JourneyLearner> getLearners() {
        return List.copyOf(learners);
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
