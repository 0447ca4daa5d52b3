package org.problemsolvinghub.rotation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.problemsolvinghub.rotation.TrainingAttempt.CourseResult;
import org.problemsolvinghub.system.HubClock;
import org.problemsolvinghub.system.InvalidInputException;
import org.problemsolvinghub.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 4-day 999 call-taking course and the systems and process training, booked and recorded by the
 * call-handling trainers. An officer is trained only when both are passed; a failed attempt is
 * booked again (a retake).
 */
@Service
class Training {

    private static final EnumSet<RotationStatus> IN_TRAINING = EnumSet.of(RotationStatus.PLACED, RotationStatus.TRAINING);

    private final RotationRecords records;
    private final TrainingAttemptRepository attempts;
    private final RotationProperties properties;

    Training(RotationRecords records, TrainingAttemptRepository attempts, RotationProperties properties) {
        this.records = records;
        this.attempts = attempts;
        this.properties = properties;
    }

    @Transactional
    TrainingAttempt book(String reference, LocalDate courseStartsOn, LocalDate systemsTrainingOn, String by) {
        Rotation rotation = inTraining(reference);
        LocalDate today = RotationCalendar.today();
        List<FieldProblem> problems = new ArrayList<>();
        if (courseStartsOn == null || courseStartsOn.isBefore(today)) {
            problems.add(new FieldProblem("courseStartsOn", "give the first day of the " + properties.courseDays()
                    + "-day 999 course, today or later"));
        }
        if (systemsTrainingOn == null || (courseStartsOn != null && systemsTrainingOn.isBefore(courseStartsOn))) {
            problems.add(new FieldProblem("systemsTrainingOn",
                    "give the day of the systems and process training, on or after the course's first day"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        int attempt = attempts.findFirstByRotationIdOrderByAttemptDesc(rotation.getId()).map(a -> a.getAttempt() + 1)
                .orElse(1);
        return attempts.save(new TrainingAttempt(rotation.getId(), attempt, courseStartsOn, systemsTrainingOn, by));
    }

    /** Records the latest attempt's result; returns true when the officer is now trained. */
    @Transactional
    boolean recordResult(String reference, String courseResult, Boolean systemsCompleted, String notes, String by) {
        Rotation rotation = inTraining(reference);
        TrainingAttempt attempt = attempts.findFirstByRotationIdOrderByAttemptDesc(rotation.getId())
                .orElseThrow(() -> new InvalidInputException("courseResult", "book the training before recording it"));
        CourseResult result;
        try {
            result = CourseResult.valueOf(String.valueOf(courseResult));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("courseResult", "choose PASSED, FAILED or DID_NOT_ATTEND");
        }
        boolean completed = Boolean.TRUE.equals(systemsCompleted);
        boolean passed = result == CourseResult.PASSED && completed;
        if (!passed && (notes == null || notes.isBlank())) {
            throw new InvalidInputException("resultNotes", "say what is to be retaken and why, for the retake's booking");
        }
        attempt.recordResult(result, completed, notes == null ? null : notes.strip(), by, HubClock.now());
        if (passed) {
            rotation.trained(RotationCalendar.today());
        }
        return passed;
    }

    List<TrainingAttempt> attemptsOf(Rotation rotation) {
        return attempts.findByRotationIdOrderByAttempt(rotation.getId());
    }

    private Rotation inTraining(String reference) {
        Rotation rotation = records.get(reference);
        if (!IN_TRAINING.contains(rotation.getStatus())) {
            throw PolicyRefusedException.conflict("NOT_IN_TRAINING", reference + " is " + rotation.getStatus(),
                    "courseStartsOn");
        }
        return rotation;
    }
}
