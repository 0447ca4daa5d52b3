package org.problemsolvinghub.library;

/**
 * One find in the force's library: a closed plan, a webinar recording, a rotation testimony...
 * {@code link} is the API path that reads the whole item.
 */
public record LibraryHit(String kind, String reference, String title, String summary, String link, double score) {
}
