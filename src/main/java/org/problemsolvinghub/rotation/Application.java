package org.problemsolvinghub.rotation;

import java.time.LocalDate;

/**
 * An application as it comes in, from a Tasklist start form or the API: the officer, their response
 * team and line manager, the intake they would like (none on the training-only path), when they
 * joined the force (for the length-of-service rule) and why they want to go.
 */
public record Application(String officer, String team, String lineManager, LocalDate intake,
        LocalDate joinedForceOn, String motivation) {
}
