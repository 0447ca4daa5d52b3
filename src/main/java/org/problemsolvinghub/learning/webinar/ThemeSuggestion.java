package org.problemsolvinghub.learning.webinar;

/**
 * A theme the hub suggests for a session, and why: {@code source} names where it came from (plans,
 * staff feedback...), {@code weight} how many plans or people point to it, {@code evidence} in words.
 */
public record ThemeSuggestion(String theme, String source, int weight, String evidence) {
}
