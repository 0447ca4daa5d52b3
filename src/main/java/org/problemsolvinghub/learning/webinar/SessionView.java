package org.problemsolvinghub.learning.webinar;

import java.time.Instant;
import java.util.List;

/**
 * A session as the API shows it, with its figures. Partners get it only when their agency was
 * invited, and without the list of other agencies invited.
 */
public record SessionView(String reference, String series, String seriesName, SessionStatus status,
        Instant startsAt, Instant plannedAt, String theme, String title, String description, String speakers,
        String speakerAgency, String joiningLink, int capacity, long registered, long placesLeft,
        boolean registeredByMe, Integer attended, long feedbackCount, Double averageRating, String recordingLink,
        String slidesLink, String summary, Instant publishedAt, List<String> invitedAgencies, String cancelReason,
        int timesRescheduled, Instant feedbackClosesAt, boolean imported) {
}
