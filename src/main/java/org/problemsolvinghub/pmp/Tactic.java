package org.problemsolvinghub.pmp;

/** The response tactics of DOMAIN.md. Enforcement alone is not a plan. */
public enum Tactic {
    ENFORCEMENT, CIVIL_INTERVENTION, TARGET_HARDENING, ENVIRONMENTAL_DESIGN, DIVERSION_SUPPORT, EDUCATION_NUDGE,
    PARTNER_SERVICE
}
