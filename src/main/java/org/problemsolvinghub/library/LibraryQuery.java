package org.problemsolvinghub.library;

import java.util.Map;

/** Free text (may be blank: everything, newest first), filters by name (tactic, problemType...), a limit. */
public record LibraryQuery(String q, Map<String, String> filters, int limit) {

    public String filter(String name) {
        String value = filters.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    public boolean hasText() {
        return q != null && !q.isBlank();
    }

    /** A LIKE pattern (with {@code escape '\'}) matching text that contains {@code word} as it is, wildcards included. */
    public static String containing(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
