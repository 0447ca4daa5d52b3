package org.problemsolvinghub.learning.webinar;

import java.time.Instant;
import java.util.List;

/**
 * Somewhere the hub can read what the force's problem-solving needs help with. Each bean of this type
 * adds its suggestions to the list the advisor sees when choosing a session's theme. Today: the plans
 * themselves (stages, outcomes, priorities, places, title words) and staff feedback; the problem types,
 * tactics and quality-check failures of the full PMP can be added as further sources.
 */
public interface ThemeSource {

    /** Suggestions from open records and from those closed or given since {@code since}. */
    List<ThemeSuggestion> suggest(Instant since);
}
