package org.problemsolvinghub.rotation;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One booking of the 4-day 999 course with the systems and process training, and its result. */
@Entity
@Table(name = "rotation_training")
public class TrainingAttempt {

    /** The 999 course's outcome, as the call-handling trainers record it. */
    public enum CourseResult {
        PASSED, FAILED, DID_NOT_ATTEND
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "rotation_id")
    private Long rotationId;

    private int attempt;

    @Column(name = "course_starts_on")
    private LocalDate courseStartsOn;

    @Column(name = "systems_training_on")
    private LocalDate systemsTrainingOn;

    @Column(name = "booked_by")
    private String bookedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "course_result")
    private CourseResult courseResult;

    @Column(name = "systems_training_completed")
    private Boolean systemsTrainingCompleted;

    @Column(name = "result_notes")
    private String resultNotes;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected TrainingAttempt() {
    }

    TrainingAttempt(Long rotationId, int attempt, LocalDate courseStartsOn, LocalDate systemsTrainingOn, String bookedBy) {
        this.rotationId = rotationId;
        this.attempt = attempt;
        this.courseStartsOn = courseStartsOn;
        this.systemsTrainingOn = systemsTrainingOn;
        this.bookedBy = bookedBy;
    }

    void recordResult(CourseResult result, boolean systemsCompleted, String notes, String by, Instant at) {
        this.courseResult = result;
        this.systemsTrainingCompleted = systemsCompleted;
        this.resultNotes = notes;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    boolean passed() {
        return courseResult == CourseResult.PASSED && Boolean.TRUE.equals(systemsTrainingCompleted);
    }

    public int getAttempt() {
        return attempt;
    }

    public LocalDate getCourseStartsOn() {
        return courseStartsOn;
    }

    public LocalDate getSystemsTrainingOn() {
        return systemsTrainingOn;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public CourseResult getCourseResult() {
        return courseResult;
    }

    public Boolean getSystemsTrainingCompleted() {
        return systemsTrainingCompleted;
    }

    public String getResultNotes() {
        return resultNotes;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
