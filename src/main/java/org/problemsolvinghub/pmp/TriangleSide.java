package org.problemsolvinghub.pmp;

/** The sides of the problem analysis triangle an action works on. */
public enum TriangleSide {
    VICTIM("Victim or target (and guardian)"),
    OFFENDER("Offender (and handler)"),
    LOCATION("Location (and place manager)");

    private final String label;

    TriangleSide(String label) {
        this.label = label;
    }

    /** As the action plan form lists it (a test keeps the two the same). */
    public String label() {
        return label;
    }
}
