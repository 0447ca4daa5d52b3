package org.problemsolvinghub.learning.webinar;

import java.time.Instant;
import java.util.List;

/** A series and its sessions, newest last. */
public record SeriesView(String reference, String name, String description, SeriesStatus status, String interval,
        Instant firstSessionAt, String startedBy, Instant startedAt, Instant endedAt, List<Item> sessions) {

    public record Item(String reference, SessionStatus status, Instant startsAt, String title, Integer attended) {
    }
}
