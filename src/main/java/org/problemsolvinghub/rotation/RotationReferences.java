package org.problemsolvinghub.rotation;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out references, ROT-2026-0001. The increment is a row-locked UPDATE in the caller's
 * transaction, so two nodes never hand out the same number and a failed application uses none.
 */
@Component
class RotationReferences {

    private final JdbcTemplate jdbc;

    RotationReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String next(Instant at) {
        return block(at, 1).get(0);
    }

    /** As many references as asked for, in one increment: for importing records in bulk. */
    List<String> block(Instant at, int count) {
        int year = at.atZone(RotationCalendar.FORCE_TIME_ZONE).getYear();
        if (jdbc.update("update rotation_reference_counter set last_number = last_number + ? where ref_year = ?",
                count, year) == 0) {
            // The year's first reference; a concurrent first would meet the primary key and fail cleanly.
            jdbc.update("insert into rotation_reference_counter (ref_year, last_number) values (?, ?)", year, count);
        }
        int last = jdbc.queryForObject("select last_number from rotation_reference_counter where ref_year = ?",
                Integer.class, year);
        return IntStream.rangeClosed(last - count + 1, last).mapToObj(n -> "ROT-%d-%04d".formatted(year, n)).toList();
    }

    /** Creates this year's and next year's counters, so the year's first application does not race. */
    @EventListener(ApplicationReadyEvent.class)
    void prepareYears() {
        int year = RotationCalendar.today().getYear();
        for (int y = year; y <= year + 1; y++) {
            jdbc.update("""
                    insert into rotation_reference_counter (ref_year, last_number)
                    select ?, 0 from rotation_scheme where id = 1
                    and not exists (select 1 from rotation_reference_counter where ref_year = ?)""", y, y);
        }
    }
}
