package org.problemsolvinghub.system;

/** The request fits the API but not the record's state (a stale version, a stage that has passed): 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }

    /** Optimistic concurrency for API edits: the client sends the version it read. */
    public static void requireVersion(Long sent, long current) {
        if (sent == null) {
            throw new InvalidInputException("version", "send the version of the plan you read");
        }
        if (sent != current) {
            throw new ConflictException("Someone else changed this plan since you read it (you sent version " + sent
                    + ", it is now " + current + "): read it again and repeat your change.");
        }
    }
}
