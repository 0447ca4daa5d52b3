package org.problemsolvinghub.rotation;

import java.time.LocalDate;

/** The days a rotation holds a place on, first and last day included. */
public record DateRange(LocalDate from, LocalDate to) {
}
