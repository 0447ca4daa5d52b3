package org.problemsolvinghub.pmp;

/** Where a plan stands in the SARA cycle, or how it left it. */
public enum PmpStage {
    /** Raised; the area's supervisors decide whether it is a problem for problem-solving. */
    TRIAGE,
    /** Adopted; the owner analyses it. */
    ANALYSIS,
    /** The analysis is recorded. */
    ANALYSED,
    NOT_A_PMP,
    DUPLICATE,
    /** Handed to a partner agency, which leads on it. */
    PARTNER_LED
}
