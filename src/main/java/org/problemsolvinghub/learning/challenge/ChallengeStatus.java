package org.problemsolvinghub.learning.challenge;

/** A challenge runs until its last day's catch-up window is over, then its results are shared. */
public enum ChallengeStatus {
    RUNNING,
    CLOSED
}
