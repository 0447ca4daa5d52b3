package org.problemsolvinghub.pmp;

/** The response tactics of DOMAIN.md. Enforcement alone is not a plan. */
public enum Tactic {
    ENFORCEMENT("Enforcement (arrest, warrants, stop and search)"),
    CIVIL_INTERVENTION("Civil interventions (community protection notice, injunction, closure order)"),
    TARGET_HARDENING("Target hardening (locks, lighting, alarms)"),
    ENVIRONMENTAL_DESIGN("Environmental design (CPTED, gating, clearing)"),
    DIVERSION_SUPPORT("Diversion and support (youth work, treatment, housing)"),
    EDUCATION_NUDGE("Education and nudge (signs, letters, campaigns)"),
    PARTNER_SERVICE("Partner services (council, housing, health)");

    private final String label;

    Tactic(String label) {
        this.label = label;
    }

    /** As the action plan form lists it (a test keeps the two the same). */
    public String label() {
        return label;
    }
}
