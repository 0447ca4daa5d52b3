package org.problemsolvinghub.rotation;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cap, held by the database. Every change to places or to the waiting list starts by updating the
 * scheme's single row: the database's row lock, kept until the engine's transaction commits, makes those
 * changes run one after another on every node sharing the database. Only then are the places counted,
 * by a fresh query, so a count can never be overtaken by another acceptance before it is acted on.
 */
@Component
class SchemeLock {

    private final JdbcTemplate jdbc;
    private final RotationRepository rotations;
    private final RotationProperties properties;

    SchemeLock(JdbcTemplate jdbc, RotationRepository rotations, RotationProperties properties) {
        this.jdbc = jdbc;
        this.rotations = rotations;
        this.properties = properties;
    }

    /**
     * Takes the lock (waiting for any other holder to commit) and returns the next number in the
     * first-come order. Must run inside the caller's transaction, before anything about places is read.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    long lock() {
        jdbc.update("update rotation_scheme set last_acceptance_number = last_acceptance_number + 1 where id = 1");
        return jdbc.queryForObject("select last_acceptance_number from rotation_scheme where id = 1", Long.class);
    }

    /**
     * The first day in the range on which one more officer would go over the cap, if any. Counts every
     * place but {@code except}'s own, day by day over the range. Call with the lock held.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<LocalDate> firstFullDay(LocalDate from, LocalDate to, long except) {
        Occupancy occupancy = Occupancy.of(rotations.placesBetween(from, to, except), from, to);
        return occupancy.days().stream().filter(d -> d.onRotation() + 1 > properties.cap())
                .map(Occupancy.Day::date).findFirst();
    }

    int cap() {
        return properties.cap();
    }
}
