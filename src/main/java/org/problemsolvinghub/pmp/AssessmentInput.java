package org.problemsolvinghub.pmp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The owner's assessment, from the assessment form or the API. */
public record AssessmentInput(
        @Valid List<@NotNull(message = "give the objective's figures, not an empty entry") ObjectiveResult> objectives,
        @NotNull(message = "choose an outcome") AssessmentOutcome assessmentOutcome,
        @NotNull(message = "choose the impact") Impact impact,
        @Digits(integer = 7, fraction = 6) BigDecimal impactFigure,
        @NotBlank(message = "say whether the response caused the change") @Size(max = 4000) String causedByResponse,
        Boolean displacementPlaces, Boolean displacementTimes, Boolean displacementCrimes,
        @Size(max = 4000) String displacementFindings,
        @NotBlank(message = "write the lessons learnt") @Size(min = 30, max = 4000,
                message = "write the lessons learnt so a stranger could reuse them (30 to 4000 characters)")
        String lessonsLearnt) {

    /** The figure after, for one objective (by id, or in the plan's order when the form sends none). */
    public record ObjectiveResult(Long id, @NotNull(message = "give the figure after") @Digits(integer = 10, fraction = 6) BigDecimal afterFigure,
            @NotNull(message = "give the start of the period after") LocalDate afterFrom,
            @NotNull(message = "give the end of the period after") LocalDate afterTo) {
    }
}
