package org.problemsolvinghub.pmp;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * An objective as the owner writes it, in the objectives form or through the API. Figures fit the
 * {@code numeric(12, 2)} columns (a figure of 9223372036854775808 was a 500 from the database).
 */
public record ObjectiveInput(
        @NotBlank(message = "say what you will measure") @Size(max = 200) String measure,
        @NotNull(message = "give the baseline figure") @PositiveOrZero @Digits(integer = 10, fraction = 6) BigDecimal baselineFigure,
        @NotNull(message = "give the start of the baseline period") LocalDate baselineFrom,
        @NotNull(message = "give the end of the baseline period") LocalDate baselineTo,
        @NotNull(message = "give the target figure") @PositiveOrZero @Digits(integer = 10, fraction = 6) BigDecimal target,
        @NotNull(message = "give the date the target is for") LocalDate targetDate) {
}
