package org.problemsolvinghub.learning.challenge;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A challenge as a manager sets it up: its daily tasks come from a template (problem-solving-habits by
 * default); a team's own challenge, or force-wide when no team is given.
 */
public record SetUpChallengeRequest(
        @NotBlank(message = "give the challenge a title") @Size(max = 150) String title,
        @NotNull(message = "give the first day (YYYY-MM-DD)") LocalDate startsOn,
        String team,
        String template) {
}
