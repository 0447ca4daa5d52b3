package org.problemsolvinghub.learning;

import java.time.Instant;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Human references for learning's records: WEBS-2026-01 (a series), JRN-2026-0001 (an enrolment),
 * CHL-2026-01 (a challenge) count up per year; a session is WEB-2026-03, the month it was planned for.
 * These are created a few times a year by a handful of people, so the next number is read from the
 * table; the unique constraint on the reference turns the rare race into a clean failure.
 */
@Component
public class LearningReferences {

    private static final Set<String> TABLES = Set.of("webinar_series", "webinar_session", "journey_enrolment", "challenge");

    private final JdbcTemplate jdbc;

    LearningReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** PREFIX-YEAR-NN..., the next number of the year in {@code table}. */
    public String next(String table, String prefix, Instant at, int digits) {
        int year = at.atZone(LearningConfiguration.FORCE_TIME_ZONE).getYear();
        String stem = prefix + "-" + year + "-";
        Integer count = jdbc.queryForObject("select count(*) from " + checked(table) + " where reference like ?",
                Integer.class, stem + "%");
        return stem + String.format("%0" + digits + "d", count + 1);
    }

    /** {@code wanted} if free, else wanted-2, wanted-3... (two series' sessions in one month). */
    public String free(String table, String wanted) {
        String candidate = wanted;
        for (int n = 2; taken(table, candidate); n++) {
            candidate = wanted + "-" + n;
        }
        return candidate;
    }

    private boolean taken(String table, String reference) {
        Integer count = jdbc.queryForObject("select count(*) from " + checked(table) + " where reference = ?",
                Integer.class, reference);
        return count > 0;
    }

    private static String checked(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException(table);
        }
        return table;
    }
}
