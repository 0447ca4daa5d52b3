package org.problemsolvinghub.pmp;

/** The scanning decision. Only {@link #ADOPT} continues as a PMP. */
public enum TriageOutcome {
    ADOPT(PmpStage.ANALYSIS),
    NOT_A_PMP(PmpStage.NOT_A_PMP),
    DUPLICATE(PmpStage.DUPLICATE),
    PARTNER_LED(PmpStage.PARTNER_LED);

    private final PmpStage stageAfter;

    TriageOutcome(PmpStage stageAfter) {
        this.stageAfter = stageAfter;
    }

    PmpStage stageAfter() {
        return stageAfter;
    }
}
