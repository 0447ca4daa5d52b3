package org.problemsolvinghub.rotation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

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
    @Query("""
            select new org.problemsolvinghub.rotation.DateRange(r.placeStartsOn, r.placeEndsOn) from Rotation r
            where r.placeStartsOn is not null and r.placeStartsOn <= :to and r.placeEndsOn >= :from and r.id <> :except""")
    List<DateRange> placesBetween(@Param("from") LocalDate from, @Param("to") LocalDate to, @Param("except") long except);

    @Query("select r from Rotation r where r.status = 'WAITING' and r.intake = :intake order by r.waitingRank")
    List<Rotation> waitingFor(@Param("intake") LocalDate intake);

    @Query("select r from Rotation r where r.status = 'WAITING' order by r.intake, r.waitingRank")
    List<Rotation> waitingList();

    @Query("select count(r) from Rotation r where r.trainedOn >= :from and r.trainedOn <= :to")
    long countTrainedBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    long countByTrainedOnNotNull();

    @Query("select min(r.trainedOn) from Rotation r")
    Optional<LocalDate> firstTrainedOn();
}
