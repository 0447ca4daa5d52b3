package org.problemsolvinghub.pmp;

/** Where a problem came from (DOMAIN.md: sources of problems). */
public enum PmpSource {
    PACT_MEETING,
    DATA,
    PARTNER_REFERRAL,
    PUBLIC_REPORT,
    ELECTED_MEMBER
}
