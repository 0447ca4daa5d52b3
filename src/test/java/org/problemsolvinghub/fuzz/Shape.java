package org.problemsolvinghub.fuzz;

import java.lang.reflect.AnnotatedElement;
import java.util.List;

/**
 * Where a value sits in a request and what it is: {@code path} is the JSON path into the body
 * (names and indexes), or the one name of a query parameter or path variable.
 */
public record Shape(Place place, List<Object> path, Kind kind, Class<?> type, AnnotatedElement annotations) {

    public enum Place {
        BODY, PARAM, PATH
    }

    /** The name a client sees: {@code objectives[0].measure}, {@code page}, {@code reference}. */
    public String field() {
        StringBuilder name = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer i) {
                name.append('[').append(i).append(']');
            } else {
                if (!name.isEmpty()) {
                    name.append('.');
                }
                name.append(step);
            }
        }
        return name.toString();
    }

    /** The last name on the path: what an error message names. */
    public String leaf() {
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i) instanceof String s) {
                return s;
            }
        }
        return "body";
    }
}
