package org.problemsolvinghub.learning.webinar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Feedback on a session: a rating from 1 to 5, a comment, and themes wanted next time (one per line). */
public record FeedbackRequest(
        @NotNull(message = "rate the session from 1 to 5")
        @Min(value = 1, message = "rate the session from 1 to 5") @Max(value = 5, message = "rate the session from 1 to 5") Integer rating,
        @Size(max = 2000) String comment,
        @Size(max = 500) String themesWanted) {
}
