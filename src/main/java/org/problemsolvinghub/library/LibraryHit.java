package org.problemsolvinghub.library;

/**
 * One thing a library search found: a closed plan, a webinar recording, a testimony... {@code kind}
 * says which (e.g. {@code RECORDING}), {@code link} where the hub's API serves it in full.
 */
public record LibraryHit(String kind, String title, String summary, String link) {
}
