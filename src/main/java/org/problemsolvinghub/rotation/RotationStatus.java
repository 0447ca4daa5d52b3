package org.problemsolvinghub.rotation;

import java.util.EnumSet;
import java.util.Set;

/** Where an officer's application or rotation stands. The engine holds the flow; this is the record's view of it. */
public enum RotationStatus {
    /** Registered; the eligibility table has not answered yet. */
    APPLIED,
    /** Refused by the eligibility table (the rule and reason are on the record). */
    INELIGIBLE,
    /** The line manager is to have the open conversation about the role. */
    CONVERSATION,
    /** The officer's team's response supervisors are to release them from response duty. */
    RELEASE,
    /** The public contact manager is to accept them against the cap. */
    ACCEPTANCE,
    /** Refused by the line manager or the public contact manager. */
    REFUSED,
    /** Accepted, but no place is free: on the waiting list. */
    WAITING,
    /** A freed place is offered; it is held for them until the offer's deadline. */
    OFFERED,
    DECLINED,
    LAPSED,
    /** Holds a place on the scheme; in training until the rotation starts. */
    PLACED,
    ON_ROTATION,
    /** The rotation ended (on time or early) and the officer went back to their team. */
    COMPLETED,
    WITHDRAWN,
    /** Training-only path: accepted for training for overtime. */
    TRAINING,
    /** Training-only path: trained and in the overtime bank. */
    TRAINED;

    static final Set<RotationStatus> CLOSED = EnumSet.of(INELIGIBLE, REFUSED, DECLINED, LAPSED, COMPLETED, WITHDRAWN,
            TRAINED);

    /** Statuses an officer may withdraw from (the place, if any, is freed at once). */
    static final Set<RotationStatus> WITHDRAWABLE = EnumSet.of(CONVERSATION, RELEASE, ACCEPTANCE, WAITING, OFFERED,
            PLACED, ON_ROTATION);

    boolean isOpen() {
        return !CLOSED.contains(this);
    }
}
