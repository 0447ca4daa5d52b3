package org.problemsolvinghub.rotation;

import java.time.Duration;
import java.time.Period;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The scheme's settings that change with the force, not with the code (application.yml,
 * {@code hub.rotation}). The per-officer limits (rotations, months in total, length of service,
 * extensions) are in the DMN tables under processes/rotation/, where the public contact manager's
 * policy can be read and changed as a table.
 *
 * @param cap            at most this many officers on rotation on any one day
 * @param length         how long a rotation lasts
 * @param offerTime      how long an officer has to accept a place offered from the waiting list
 * @param waitingRecheck how often a waiting officer with no next intake is looked at again
 * @param courseDays     length of the 999 call-taking course
 */
@Validated
@ConfigurationProperties("hub.rotation")
public record RotationProperties(@Min(1) int cap, @NotNull Period length, @NotNull Duration offerTime,
        @NotNull Duration waitingRecheck, @Min(1) int courseDays) {

    long lengthInMonths() {
        return length.toTotalMonths() + (length.getDays() > 0 ? 1 : 0);
    }
}
