package org.problemsolvinghub.fuzz;

/** The classes of hostile and malformed input of issue #9, each a way to spoil a valid request. */
public enum Mutation {
    WRONG_TYPE, MISSING, EXTRA, HUGE, UNICODE, INJECTION, NUMBER, DATE, ENUM, REFERENCE, MALFORMED
}
