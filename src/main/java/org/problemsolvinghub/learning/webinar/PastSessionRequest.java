package org.problemsolvinghub.learning.webinar;

import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A session held before the hub, entered by an advisor so that its recording joins the library and its
 * figures the series' figures.
 */
public record PastSessionRequest(
        @NotBlank(message = "give the date it was held (YYYY-MM-DD)") String heldOn,
        @NotBlank(message = "give the session's title") @Size(max = 200) String title,
        @NotBlank(message = "give the theme") @Size(max = 200) String theme,
        @Size(max = 2000) String description,
        @Size(max = 1000) String speakers,
        @Min(value = 0, message = "cannot be negative") Integer registered,
        @NotNull(message = "give how many attended") @Min(value = 0, message = "cannot be negative") Integer attended,
        @NotBlank(message = "give the link to the recording")
        @Pattern(regexp = "^https://\\S+$", message = "give an https:// link") @Size(max = 500) String recordingLink,
        @Pattern(regexp = "^https://\\S+$", message = "give an https:// link") @Size(max = 500) String slidesLink,
        @Size(max = 2000) String summary,
        List<@NotBlank String> invitedAgencies) {

    /** The partner agencies that were invited then (their people may find the recording); none if not given. */
    List<String> agencies() {
        return invitedAgencies == null ? List.of() : invitedAgencies.stream().map(String::strip).distinct().toList();
    }
}
