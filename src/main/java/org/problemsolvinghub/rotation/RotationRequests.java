package org.problemsolvinghub.rotation;

import java.time.LocalDate;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What the rotation API accepts. The same rules hold as on the Tasklist forms; the service checks them again. */
public final class RotationRequests {

    private RotationRequests() {
    }

    /** An officer applies for themselves. */
    public record Apply(
            @NotBlank(message = "choose your response team") @Size(max = 60) String team,
            @NotBlank(message = "give your line manager's login (a response supervisor of your team)") @Size(max = 64) String lineManager,
            @NotNull(message = "choose an upcoming intake") LocalDate intake,
            @NotNull(message = "give the date you joined the force") LocalDate joinedForceOn,
            @Size(max = 1000) String motivation) {
    }

    /** A response supervisor or a public contact manager nominates an officer. */
    public record Nominate(
            @NotBlank(message = "give the login of the officer you nominate") @Size(max = 64) String officer,
            @NotBlank(message = "choose the officer's response team") @Size(max = 60) String team,
            @NotBlank(message = "give the officer's line manager's login") @Size(max = 64) String lineManager,
            @NotNull(message = "choose an upcoming intake") LocalDate intake,
            @NotNull(message = "give the date the officer joined the force") LocalDate joinedForceOn,
            @Size(max = 1000) String motivation) {
    }

    /** An officer who never rotated asks to be trained for overtime only. */
    public record OvertimeTraining(
            @NotBlank(message = "choose your response team") @Size(max = 60) String team,
            @NotNull(message = "give the date you joined the force") LocalDate joinedForceOn,
            @Size(max = 1000) String motivation) {
    }

    public record Withdrawal(@NotBlank(message = "say why") @Size(max = 1000) String reason) {
    }

    public record Extension(@NotNull(message = "give the extension in whole months") @Min(value = 1, message = "at least 1 month") Long months,
            @NotBlank(message = "say why the rotation is extended") @Size(max = 1000) String reason) {
    }

    public record EarlyEnd(@NotNull(message = "give the last day on rotation") LocalDate lastDay,
            @NotBlank(message = "choose WELLBEING, OPERATIONAL or OFFICER_REQUEST") String endReason,
            @NotBlank(message = "say why the rotation ends early") @Size(max = 1000) String reason) {
    }

    public record Reorder(@NotNull(message = "give the new position, from 1") @Min(value = 1, message = "positions start at 1") Integer position,
            @NotBlank(message = "say why the order changes") @Size(max = 1000) String reason) {
    }

    public record NewIntake(@NotNull(message = "give the first day of the intake") LocalDate startsOn) {
    }
}
