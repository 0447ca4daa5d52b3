package org.problemsolvinghub.rotation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Derived queries only, no JPQL strings: a JPQL string is parsed when the repository is made, by Hibernate's
 * and Spring Data's ANTLR parsers, which cost about 0.8 s of a 12 s start (docs/performance.md, P4).
 */
interface RotationRepository extends JpaRepository<Rotation, Long> {

    Optional<Rotation> findByReference(String reference);

    boolean existsByOfficerIdAndStatusIn(String officerId, Collection<RotationStatus> statuses);

    /** The officer's rotations that hold or held a place: done, in progress, or placed. */
    List<Rotation> findByOfficerIdAndTrackAndPlaceStartsOnNotNull(String officerId, RotationTrack track);

    List<Rotation> findByOfficerIdOrderByAppliedAtDesc(String officerId);

    List<Rotation> findByStatusOrderByAppliedAt(RotationStatus status, Pageable page);

    List<Rotation> findByOfficerIdAndStatusOrderByAppliedAt(String officerId, RotationStatus status);

    /**
     * Every place held on days between {@code from} and {@code to}, other than {@code except}'s own.
     * Values, not entities: read fresh from the database after the scheme's lock is taken.
     */
    default List<DateRange> placesBetween(LocalDate from, LocalDate to, long except) {
        return findByPlaceStartsOnLessThanEqualAndPlaceEndsOnGreaterThanEqualAndIdNot(to, from, except).stream()
                .map(p -> new DateRange(p.getPlaceStartsOn(), p.getPlaceEndsOn())).toList();
    }

    /** A projection: Spring Data selects these two columns only, so no managed entity is returned. */
    interface PlaceDates {
        LocalDate getPlaceStartsOn();

        LocalDate getPlaceEndsOn();
    }

    List<PlaceDates> findByPlaceStartsOnLessThanEqualAndPlaceEndsOnGreaterThanEqualAndIdNot(LocalDate to,
            LocalDate from, long except);

    /** The waiting list for one intake, in order. */
    default List<Rotation> waitingFor(LocalDate intake) {
        return findByStatusAndIntakeOrderByWaitingRank(RotationStatus.WAITING, intake);
    }

    List<Rotation> findByStatusAndIntakeOrderByWaitingRank(RotationStatus status, LocalDate intake);

    /** The whole waiting list, intake by intake, in order. */
    default List<Rotation> waitingList() {
        return findByStatusOrderByIntakeAscWaitingRankAsc(RotationStatus.WAITING);
    }

    List<Rotation> findByStatusOrderByIntakeAscWaitingRankAsc(RotationStatus status);

    /** Officers who finished the 999 course between the two days, both included. */
    long countByTrainedOnBetween(LocalDate from, LocalDate to);

    long countByTrainedOnNotNull();

    default Optional<LocalDate> firstTrainedOn() {
        return findFirstByTrainedOnNotNullOrderByTrainedOn().map(Rotation::getTrainedOn);
    }

    Optional<Rotation> findFirstByTrainedOnNotNullOrderByTrainedOn();
}
