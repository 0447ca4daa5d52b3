package org.problemsolvinghub.learning.webinar;

/** A series plans a session every interval until an advisor ends it. */
public enum SeriesStatus {
    RUNNING,
    ENDED
}
