package org.problemsolvinghub.rotation;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;

import org.problemsolvinghub.system.HubClock;

/** Days as the force counts them (UK time), from the engine's clock so tests can move it. */
final class RotationCalendar {

    static final ZoneId FORCE_TIME_ZONE = HubClock.ZONE;

    private RotationCalendar() {
    }

    static LocalDate today() {
        return LocalDate.ofInstant(HubClock.now(), FORCE_TIME_ZONE);
    }

    /** Midnight at the start of the day, UK time: when timers for that day fire. */
    static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(FORCE_TIME_ZONE).toInstant());
    }

    /** Calendar months a rotation covers, a part month counting as a whole one. */
    static long months(LocalDate first, LocalDate last) {
        Period period = Period.between(first, last.plusDays(1));
        return period.toTotalMonths() + (period.getDays() > 0 ? 1 : 0);
    }
}
