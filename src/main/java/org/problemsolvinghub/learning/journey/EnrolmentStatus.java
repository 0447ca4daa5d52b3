package org.problemsolvinghub.learning.journey;

/** An enrolment is open until its due date, then closed with its final figures. */
public enum EnrolmentStatus {
    OPEN,
    CLOSED
}
