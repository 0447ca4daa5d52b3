package org.problemsolvinghub.rotation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A rotation as the API shows it: the application, the decisions with who made them, the place, the training. */
public record RotationView(String reference, RotationTrack track, RotationStatus status, String officer,
        String officerName, String team, String lineManager, RotationRoute route, String appliedBy, Instant appliedAt,
        LocalDate intake, Refusal refusal, String acceptedBy, Instant acceptedAt, Integer waitingPosition,
        Instant offerDeadline, LocalDate startsOn, LocalDate lastDay, LocalDate plannedLastDay, int extensions,
        LocalDate endedOn, String endReason, LocalDate trainedOn, List<TrainingView> training, List<EventView> history,
        long version) {

    public record Refusal(String stage, String rule, String reason) {
    }

    public record TrainingView(int attempt, LocalDate courseStartsOn, LocalDate systemsTrainingOn, String courseResult,
            Boolean systemsTrainingCompleted, String notes) {
    }

    public record EventView(Instant at, String actor, String kind, String detail) {
    }

    static RotationView of(Rotation r, Integer waitingPosition, List<TrainingAttempt> attempts) {
        Refusal refusal = r.getRefusalRule() == null ? null
                : new Refusal(r.getRefusalStage(), r.getRefusalRule(), r.getRefusalReason());
        return new RotationView(r.getReference(), r.getTrack(), r.getStatus(), r.getOfficerId(), r.getOfficerName(),
                r.getTeamCode(), r.getLineManagerId(), r.getRoute(), r.getAppliedBy(), r.getAppliedAt(), r.getIntake(),
                refusal, r.getAcceptedBy(), r.getAcceptedAt(), waitingPosition, r.getOfferDeadline(), r.getPlaceStartsOn(),
                r.getPlaceEndsOn(), r.getPlannedEndsOn(), r.getExtensions(), r.getEndedOn(), r.getEndReason(),
                r.getTrainedOn(),
                attempts.stream().map(a -> new TrainingView(a.getAttempt(), a.getCourseStartsOn(), a.getSystemsTrainingOn(),
                        a.getCourseResult() == null ? null : a.getCourseResult().name(), a.getSystemsTrainingCompleted(),
                        a.getResultNotes())).toList(),
                r.getEvents().stream().map(e -> new EventView(e.getHappenedAt(), e.getActor(), e.getKind(), e.getDetail()))
                        .toList(),
                r.getVersion());
    }
}
