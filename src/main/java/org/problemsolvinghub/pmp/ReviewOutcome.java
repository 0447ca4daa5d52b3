package org.problemsolvinghub.pmp;

public enum ReviewOutcome {
    CONTINUE, SEND_BACK
}
