package org.problemsolvinghub.pmp;

public enum AssessmentOutcome {
    MET, PARTLY_MET, NOT_MET
}
