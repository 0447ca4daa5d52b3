package org.problemsolvinghub.pmp;

/** The problem-solving impact scale an assessment records. */
public enum Impact {
    ELIMINATED, REDUCED, REDUCED_HARM, HANDLED_BETTER, HANDED_TO_AGENCY, NO_IMPACT
}
