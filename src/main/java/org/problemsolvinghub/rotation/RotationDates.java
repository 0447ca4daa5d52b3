package org.problemsolvinghub.rotation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;

import org.problemsolvinghub.system.HubClock;
import org.springframework.stereotype.Component;

/**
 * The dates the rotation process's timers and due dates are set from, read off the record so the
 * process keeps no copy of them: {@code timeDate="${rotationDates.endsAt(execution.processBusinessKey)}"}.
 */
@Component("rotationDates")
public class RotationDates {

    private final RotationRecords records;
    private final RotationProperties properties;

    RotationDates(RotationRecords records, RotationProperties properties) {
        this.records = records;
        this.properties = properties;
    }

    /** The first day on rotation (the start waits for training, so it may already be past). */
    public Date startsAt(String reference) {
        return RotationCalendar.startOf(records.get(reference).getPlaceStartsOn());
    }

    /** The morning after the last day on rotation. */
    public Date endsAt(String reference) {
        return RotationCalendar.startOf(records.get(reference).getPlaceEndsOn().plusDays(1));
    }

    /** Halfway through the rotation as planned. */
    public Date checkInAt(String reference) {
        Rotation rotation = records.get(reference);
        LocalDate first = rotation.getPlaceStartsOn();
        long days = ChronoUnit.DAYS.between(first, rotation.getPlannedEndsOn()) + 1;
        return RotationCalendar.startOf(first.plusDays(days / 2));
    }

    public Date offerDeadline(String reference) {
        return Date.from(records.get(reference).getOfferDeadline());
    }

    /** When a waiting officer's intake starts (to carry them over), or the next look if it has started. */
    public Date waitingUntil(String reference) {
        LocalDate intake = records.get(reference).getIntake();
        if (intake != null && intake.isAfter(RotationCalendar.today())) {
            return RotationCalendar.startOf(intake);
        }
        return Date.from(HubClock.now().plus(properties.waitingRecheck()));
    }
}
