package org.problemsolvinghub.pmp;

/** Where a plan stands in the SARA cycle, or how it left it. */
public enum PmpStage {
    /** Raised; the area's supervisors decide whether it is a problem for problem-solving. */
    TRIAGE,
    /** Adopted; the owner analyses it (with an analyst's help if asked). */
    ANALYSIS,
    OBJECTIVES,
    /** The action plan is being drawn up or carried out. */
    RESPONSE,
    ASSESSMENT,
    SIGN_OFF,
    /** Signed off and published to the good-practice library. */
    CLOSED,
    NOT_A_PMP,
    DUPLICATE,
    /** Handed to a partner agency, which leads on it. */
    PARTNER_LED;

    /** Still being worked as a PMP. */
    public boolean isOpen() {
        return this == ANALYSIS || this == OBJECTIVES || this == RESPONSE || this == ASSESSMENT || this == SIGN_OFF;
    }
}
