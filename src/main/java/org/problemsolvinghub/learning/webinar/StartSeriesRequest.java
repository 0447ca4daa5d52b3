package org.problemsolvinghub.learning.webinar;

import java.util.HashMap;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A series as an advisor starts it, from the Tasklist start form or {@code POST /api/learning/webinars/series}.
 * Dates and times are the force's local ones; {@link WebinarService#registerSeries} checks them either way.
 */
public record StartSeriesRequest(
        @NotBlank(message = "name the series, e.g. Tactical Thursdays") @Size(max = 100) String name,
        @Size(max = 1000) String description,
        @NotBlank(message = "give the date of the first session (YYYY-MM-DD)") String firstSessionOn,
        @NotBlank(message = "give the time sessions start (HH:MM)")
        @Pattern(regexp = "^([01][0-9]|2[0-3]):[0-5][0-9]$", message = "give the time as HH:MM, e.g. 10:00") String startTime) {

    Map<String, Object> toVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("seriesName", name);
        variables.put("seriesDescription", description);
        variables.put("firstSessionOn", firstSessionOn);
        variables.put("startTime", startTime);
        return variables;
    }
}
