package org.problemsolvinghub.rotation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** How many officers are on rotation on each day of a window, from the places held. */
record Occupancy(LocalDate from, int[] perDay) {

    record Day(LocalDate date, int onRotation) {
    }

    static Occupancy of(Collection<DateRange> places, LocalDate from, LocalDate to) {
        int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
        int[] change = new int[days + 1];
        for (DateRange place : places) {
            LocalDate first = place.from().isBefore(from) ? from : place.from();
            LocalDate last = place.to().isAfter(to) ? to : place.to();
            if (!last.isBefore(first)) {
                change[(int) ChronoUnit.DAYS.between(from, first)]++;
                change[(int) ChronoUnit.DAYS.between(from, last) + 1]--;
            }
        }
        int[] perDay = new int[days];
        int running = 0;
        for (int i = 0; i < days; i++) {
            running += change[i];
            perDay[i] = running;
        }
        return new Occupancy(from, perDay);
    }

    /** The fullest day of the window, or null for an empty window. */
    Day busiest() {
        Day busiest = null;
        for (int i = 0; i < perDay.length; i++) {
            if (busiest == null || perDay[i] > busiest.onRotation()) {
                busiest = new Day(from.plusDays(i), perDay[i]);
            }
        }
        return busiest;
    }

    List<Day> days() {
        List<Day> days = new ArrayList<>(perDay.length);
        for (int i = 0; i < perDay.length; i++) {
            days.add(new Day(from.plusDays(i), perDay[i]));
        }
        return days;
    }
}
