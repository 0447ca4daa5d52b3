package org.problemsolvinghub.pmp;

import java.util.Locale;

/** An enum constant as it reads in a sentence or a task's name: {@code TARGET_HARDENING} is "target hardening". */
final class EnumWords {

    private EnumWords() {
    }

    /** The constant's words in lower case, whatever the server's locale; null for null. */
    static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
