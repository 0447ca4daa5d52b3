package org.problemsolvinghub.learning.journey;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;

/** A team to enrol, and the date its members should be done by (the hub's usual period if none). */
public record EnrolRequest(@NotBlank(message = "choose the team to enrol") String team, LocalDate dueOn) {
}
