package org.problemsolvinghub.pmp;

/**
 * The checks of DOMAIN.md's "What a good PMP shows", each from the stage at which a plan should meet
 * it. Which ones block progress is configuration ({@code hub.pmp.quality.blocking}); the rest warn.
 */
public enum QualityCheck {
    SCANNING_SOURCES(PmpStage.TRIAGE, "evidence"),
    ANALYSIS_TRIANGLE(PmpStage.OBJECTIVES, "victimTarget"),
    HYPOTHESIS(PmpStage.OBJECTIVES, "hypothesis"),
    OBJECTIVES_SET(PmpStage.RESPONSE, "objectives"),
    OBJECTIVE_TARGET_AFTER_BASELINE(PmpStage.RESPONSE, "objectives"),
    ACTIONS_SET(PmpStage.ASSESSMENT, "actions"),
    ENFORCEMENT_ONLY(PmpStage.ASSESSMENT, "actions"),
    ACTIONS_FINISHED(PmpStage.ASSESSMENT, "responseComplete"),
    AFTER_FIGURES(PmpStage.SIGN_OFF, "objectives"),
    EQUAL_PERIODS(PmpStage.SIGN_OFF, "objectives"),
    CAUSATION(PmpStage.SIGN_OFF, "causedByResponse"),
    DISPLACEMENT(PmpStage.SIGN_OFF, "displacementPlaces"),
    LESSON(PmpStage.SIGN_OFF, "lessonsLearnt");

    private final PmpStage from;
    private final String field;

    QualityCheck(PmpStage from, String field) {
        this.from = from;
        this.field = field;
    }

    /** The check applies once a plan has reached this stage of the SARA cycle. */
    PmpStage from() {
        return from;
    }

    String field() {
        return field;
    }
}
