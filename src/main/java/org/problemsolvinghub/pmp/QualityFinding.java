package org.problemsolvinghub.pmp;

/** One thing a plan lacks against "What a good PMP shows", and whether it stops the plan moving on. */
public record QualityFinding(QualityCheck check, boolean blocking, String message) {

    /** The form or API field the finding is about, so the message lands beside it. */
    public String field() {
        return check.field();
    }
}
