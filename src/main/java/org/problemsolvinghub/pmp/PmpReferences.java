package org.problemsolvinghub.pmp;

import org.problemsolvinghub.system.HubClock;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out plan references, PMP-COV-2026-0001: the area's code, the year, and a number that counts
 * up per area and year. The increment is a row-locked UPDATE in the caller's transaction, so two
 * nodes never hand out the same number, and a number is only used if the plan is saved with it.
 */
@Component
class PmpReferences {

    private final JdbcTemplate jdbc;

    PmpReferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    String next(String areaCode, String areaReferenceCode, java.time.Instant at) {
        int year = at.atZone(HubClock.ZONE).getYear();
        int updated = jdbc.update(
                "update pmp_reference_counter set last_number = last_number + 1 where area_code = ? and ref_year = ?",
                areaCode, year);
        if (updated == 0) {
            // First plan of the year in this area. Two plans racing here would meet on the primary key
            // and one would fail cleanly; prepareYear() at start-up makes that race all but impossible.
            jdbc.update("insert into pmp_reference_counter (area_code, ref_year, last_number) values (?, ?, 1)",
                    areaCode, year);
        }
        Integer number = jdbc.queryForObject(
                "select last_number from pmp_reference_counter where area_code = ? and ref_year = ?",
                Integer.class, areaCode, year);
        return "PMP-%s-%d-%04d".formatted(areaReferenceCode, year, number);
    }

    /** Creates this year's and next year's counters for every area that lacks them. */
    @EventListener(ApplicationReadyEvent.class)
    void prepareYears() {
        int year = HubClock.now().atZone(HubClock.ZONE).getYear();
        for (int y = year; y <= year + 1; y++) {
            jdbc.update("""
                    insert into pmp_reference_counter (area_code, ref_year, last_number)
                    select a.code, ?, 0 from area a
                    where not exists (select 1 from pmp_reference_counter c where c.area_code = a.code and c.ref_year = ?)
                    """, y, y);
        }
    }
}
