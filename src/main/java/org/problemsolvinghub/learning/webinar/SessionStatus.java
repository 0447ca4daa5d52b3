package org.problemsolvinghub.learning.webinar;

/** Where a session stands. Its recording is published separately (a held session may await it). */
public enum SessionStatus {
    /** The advisor is choosing the theme and confirming speakers. */
    PLANNED,
    /** Announced to officers and invited partners: registration is open until it starts. */
    ANNOUNCED,
    /** Cancelled; the advisor decides whether to reschedule it or call it off. */
    CANCELLED,
    CALLED_OFF,
    /** Held: attendance recorded, feedback being gathered. */
    HELD,
    /** Feedback closed. */
    CLOSED
}
