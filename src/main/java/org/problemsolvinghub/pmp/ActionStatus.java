package org.problemsolvinghub.pmp;

public enum ActionStatus {
    OPEN, DONE, CANNOT_DO;

    boolean isClosed() {
        return this != OPEN;
    }
}
