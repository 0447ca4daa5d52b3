package org.problemsolvinghub.rotation;

import org.springframework.http.HttpStatus;

/**
 * A request the scheme's rules refuse: by the policy tables (422, e.g. MAX_ROTATIONS) or by the state
 * of the scheme (409, e.g. CAP when there is no room). The rule is named so the officer and the
 * manager can see which one refused.
 */
public class PolicyRefusedException extends RuntimeException {

    private final HttpStatus status;
    private final String rule;
    private final String field;

    PolicyRefusedException(HttpStatus status, String rule, String reason, String field) {
        super(reason);
        this.status = status;
        this.rule = rule;
        this.field = field;
    }

    static PolicyRefusedException policy(String rule, String reason, String field) {
        return new PolicyRefusedException(HttpStatus.UNPROCESSABLE_ENTITY, rule, reason, field);
    }

    static PolicyRefusedException conflict(String rule, String reason, String field) {
        return new PolicyRefusedException(HttpStatus.CONFLICT, rule, reason, field);
    }

    public HttpStatus status() {
        return status;
    }

    public String rule() {
        return rule;
    }

    /** The form field the refusal belongs to, so Tasklist shows it there. */
    public String field() {
        return field;
    }
}
