package org.problemsolvinghub.pmp;

/** The supervisor's sign-off: close, or send the plan round the SARA cycle again. */
public enum SignOffDecision {
    CLOSE, BACK_TO_ANALYSIS, BACK_TO_RESPONSE
}
