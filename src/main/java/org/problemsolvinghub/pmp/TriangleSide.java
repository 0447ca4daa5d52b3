package org.problemsolvinghub.pmp;

/** The sides of the problem analysis triangle an action works on. */
public enum TriangleSide {
    VICTIM, OFFENDER, LOCATION
}
