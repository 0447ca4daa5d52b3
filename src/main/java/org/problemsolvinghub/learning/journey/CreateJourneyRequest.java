package org.problemsolvinghub.learning.journey;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A journey as an advisor sets it up: its lessons in order, each with how long it takes. */
public record CreateJourneyRequest(
        @NotBlank(message = "give a short code, e.g. connect")
        @Pattern(regexp = "^[a-z0-9-]{2,40}$", message = "use 2 to 40 lower-case letters, digits or hyphens") String code,
        @NotBlank(message = "give the journey a title") @Size(max = 150) String title,
        @Size(max = 1000) String description,
        @NotEmpty(message = "list the lessons in order") @Size(max = 100, message = "at most 100 lessons")
        List<@Valid @NotNull Lesson> lessons) {

    public record Lesson(
            @NotBlank(message = "give the lesson a title") @Size(max = 200) String title,
            @NotNull(message = "give how many minutes the lesson takes")
            @Min(value = 1, message = "a lesson takes at least a minute")
            @Max(value = 600, message = "at most 600 minutes") Integer minutes) {
    }
}
