package org.problemsolvinghub.fuzz;

/** What a field, parameter or path variable holds, so that each mutation picks a target it makes sense on. */
public enum Kind {
    STRING, INTEGER, DECIMAL, BOOLEAN, DATE, ENUM, OBJECT, ARRAY
}
