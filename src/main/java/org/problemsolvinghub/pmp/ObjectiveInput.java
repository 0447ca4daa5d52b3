package org.problemsolvinghub.pmp;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** An objective as the owner writes it, in the objectives form or through the API. */
public record ObjectiveInput(
        @NotBlank(message = "say what you will measure") @Size(max = 200) String measure,
        @NotNull(message = "give the baseline figure") @PositiveOrZero BigDecimal baselineFigure,
        @NotNull(message = "give the start of the baseline period") LocalDate baselineFrom,
        @NotNull(message = "give the end of the baseline period") LocalDate baselineTo,
        @NotNull(message = "give the target figure") @PositiveOrZero BigDecimal target,
        @NotNull(message = "give the date the target is for") LocalDate targetDate) {
}
