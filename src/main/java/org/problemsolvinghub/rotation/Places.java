package org.problemsolvinghub.rotation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.problemsolvinghub.system.HubClock;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The places on the scheme: acceptance against the cap, the waiting list, offers of freed places,
 * withdrawals, extensions and early ends. Every method here takes the scheme's lock first
 * ({@link SchemeLock}), in the transaction of the engine step that called it.
 */
@Service
class Places {

    /** Message to a waiting officer's process: a place is held for them. */
    static final String PLACE_OFFERED = "RotationPlaceOffered";
    /** Message to an officer's process on rotation: the end date moved, set the end timer again. */
    static final String END_CHANGED = "RotationEndChanged";

    /** Gap between neighbours on the waiting list, so a reorder can slot an officer between two. */
    static final double RANK_STEP = 1024;

    static final Set<String> END_REASONS = Set.of("WELLBEING", "OPERATIONAL", "OFFICER_REQUEST");

    enum Placement {
        PLACED, WAITING, OFFERED
    }

    private final SchemeLock lock;
    private final RotationRepository rotations;
    private final RotationRecords records;
    private final IntakeRepository intakes;
    private final RotationPolicy policy;
    private final RotationProperties properties;
    private final RuntimeService runtimeService;

    Places(SchemeLock lock, RotationRepository rotations, RotationRecords records, IntakeRepository intakes,
            RotationPolicy policy, RotationProperties properties, RuntimeService runtimeService) {
        this.lock = lock;
        this.rotations = rotations;
        this.records = records;
        this.intakes = intakes;
        this.policy = policy;
        this.properties = properties;
        this.runtimeService = runtimeService;
    }

    /**
     * The public contact manager accepts an officer for an intake: a place if the whole rotation fits
     * under the cap and nobody is already waiting for that intake, else the waiting list. The lock's
     * number is the first-come order.
     */
    @Transactional
    Placement accept(String reference, LocalDate intake, String by) {
        long number = lock.lock();
        Rotation rotation = records.get(reference);
        requireUpcomingIntake(intake);
        rotation.accept(by, HubClock.now(), number, intake);
        LocalDate last = lastDayFrom(intake);
        if (rotations.waitingFor(intake).isEmpty() && lock.firstFullDay(intake, last, rotation.getId()).isEmpty()) {
            rotation.place(intake, last);
            return Placement.PLACED;
        }
        rotation.waitForPlace(number * RANK_STEP);
        return Placement.WAITING;
    }

    /** The officer takes the place offered to them; it was held for them since the offer. */
    @Transactional
    void takeOffer(String reference) {
        lock.lock();
        Rotation rotation = records.get(reference);
        requireStatus(rotation, RotationStatus.OFFERED, "NOT_OFFERED", "offerAnswer");
        rotation.takeOffer();
    }

    /** The officer declined, or let the deadline pass: the place goes to the next in line at once. */
    @Transactional
    void giveUpOffer(String reference, RotationStatus outcome, String by) {
        lock.lock();
        Rotation rotation = records.get(reference);
        requireStatus(rotation, RotationStatus.OFFERED, "NOT_OFFERED", "offerAnswer");
        rotation.giveUpOffer(outcome, by);
        offerFreePlaces(reference);
    }

    /**
     * The intake a waiting officer was accepted for has started without a place for them: they wait
     * for the next intake, keeping their place in the order, and are offered a place there if one is free.
     */
    @Transactional
    Placement carryOver(String reference) {
        lock.lock();
        Rotation rotation = records.get(reference);
        if (rotation.getStatus() != RotationStatus.WAITING) {
            return Placement.WAITING;
        }
        LocalDate today = RotationCalendar.today();
        if (rotation.getIntake().isAfter(today)) {
            return Placement.WAITING;
        }
        intakes.findFirstByStartsOnAfterOrderByStartsOn(today).ifPresent(next -> rotation.carryOver(next.getStartsOn()));
        return offerFreePlaces(reference) ? Placement.OFFERED : Placement.WAITING;
    }

    /** Withdraws an officer at any stage; a place they held is freed and offered to the next in line at once. */
    @Transactional
    void withdraw(String reference, String reason, String by) {
        lock.lock();
        Rotation rotation = records.get(reference);
        if (!RotationStatus.WITHDRAWABLE.contains(rotation.getStatus())) {
            throw PolicyRefusedException.conflict("NOT_WITHDRAWABLE", reference + " is " + rotation.getStatus()
                    + ": there is nothing to withdraw from", "reason");
        }
        boolean heldPlace = rotation.holdsPlace();
        rotation.withdraw(RotationCalendar.today(), by, reason);
        if (heldPlace) {
            offerFreePlaces(reference);
        }
    }

    /** Extends a rotation, within the policy table's limits and only if every added day has room under the cap. */
    @Transactional
    void extend(String reference, Long months, String reason, String by) {
        lock.lock();
        Rotation rotation = records.get(reference);
        requireStatus(rotation, RotationStatus.ON_ROTATION, "NOT_ON_ROTATION", "extensionMonths");
        if (months == null || months < 1) {
            throw new InvalidInputException("extensionMonths", "give the extension in whole months, at least 1");
        }
        requireReason(reason);
        LocalDate newLast = rotation.getPlaceEndsOn().plusDays(1).plusMonths(months).minusDays(1);
        long monthsAfter = monthsServedBefore(rotation) + RotationCalendar.months(rotation.getPlaceStartsOn(), newLast);
        policy.checkExtension(rotation.getExtensions(), months, monthsAfter);
        Optional<LocalDate> full = lock.firstFullDay(rotation.getPlaceEndsOn().plusDays(1), newLast, rotation.getId());
        if (full.isPresent()) {
            throw PolicyRefusedException.conflict("CAP", "On " + full.get() + " the scheme already has " + lock.cap()
                    + " officers on rotation, its cap: there is no room to extend to " + newLast, "extensionMonths");
        }
        rotation.extend(newLast, by, reason.strip());
        endChanged(reference);
    }

    /** Ends a rotation early, within the policy table's limits; the freed days go to the next in line. */
    @Transactional
    void endEarly(String reference, LocalDate lastDay, String endReason, String reason, String by) {
        lock.lock();
        Rotation rotation = records.get(reference);
        requireStatus(rotation, RotationStatus.ON_ROTATION, "NOT_ON_ROTATION", "endsEarlyOn");
        LocalDate today = RotationCalendar.today();
        if (lastDay == null || lastDay.isBefore(today) || !lastDay.isBefore(rotation.getPlaceEndsOn())) {
            throw new InvalidInputException("endsEarlyOn", "give the last day on rotation, from today (" + today
                    + ") and before the planned last day (" + rotation.getPlaceEndsOn() + ")");
        }
        if (endReason == null || !END_REASONS.contains(endReason)) {
            throw new InvalidInputException("endReason", "choose why it ends early: " + String.join(", ",
                    END_REASONS.stream().sorted().toList()));
        }
        requireReason(reason);
        policy.checkEarlyEnd(ChronoUnit.DAYS.between(today, lastDay), endReason);
        rotation.endEarly(lastDay, by, endReason + ": " + reason.strip());
        offerFreePlaces(reference);
        endChanged(reference);
    }

    /** Moves a waiting officer to a position in their intake's waiting list, with the manager's reason. */
    @Transactional
    void reorder(String reference, Integer position, String reason, String by) {
        lock.lock();
        Rotation rotation = records.get(reference);
        requireStatus(rotation, RotationStatus.WAITING, "NOT_WAITING", "position");
        if (position == null || position < 1) {
            throw new InvalidInputException("position", "give a position on the waiting list, from 1");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "say why the order changes");
        }
        List<Rotation> others = rotations.waitingFor(rotation.getIntake()).stream()
                .filter(r -> !r.getId().equals(rotation.getId())).toList();
        int index = Math.min(position, others.size() + 1) - 1;
        double rank;
        if (others.isEmpty()) {
            rank = rotation.getWaitingRank();
        } else if (index == 0) {
            rank = others.get(0).getWaitingRank() - RANK_STEP;
        } else if (index == others.size()) {
            rank = others.get(index - 1).getWaitingRank() + RANK_STEP;
        } else {
            rank = (others.get(index - 1).getWaitingRank() + others.get(index).getWaitingRank()) / 2;
        }
        rotation.rerank(rank, by, reason.strip(), index + 1);
    }

    /**
     * Offers every free place to the next in line, intake by intake, until an intake has no more room.
     * Call with the lock held. Returns whether {@code self} was offered one: its own process is running
     * this step and takes the offer on its own path, so it is sent no message.
     */
    boolean offerFreePlaces(String self) {
        boolean selfOffered = false;
        Instant now = HubClock.now();
        for (Intake intake : intakes.findByStartsOnAfterOrderByStartsOn(RotationCalendar.today())) {
            LocalDate first = intake.getStartsOn();
            LocalDate last = lastDayFrom(first);
            for (Rotation next : rotations.waitingFor(first)) {
                if (lock.firstFullDay(first, last, next.getId()).isPresent()) {
                    break;
                }
                next.offer(first, last, now, now.plus(properties.offerTime()));
                if (next.getReference().equals(self)) {
                    selfOffered = true;
                } else {
                    runtimeService.createMessageCorrelation(PLACE_OFFERED)
                            .processInstanceBusinessKey(next.getReference()).correlate();
                }
            }
        }
        return selfOffered;
    }

    /** Months the officer spent (or holds a place for) on their other rotations. */
    long monthsServedBefore(Rotation rotation) {
        return rotations.findByOfficerIdAndTrackAndPlaceStartsOnNotNull(rotation.getOfficerId(), RotationTrack.ROTATION)
                .stream().filter(r -> !r.getId().equals(rotation.getId()))
                .mapToLong(r -> RotationCalendar.months(r.getPlaceStartsOn(), r.getPlaceEndsOn())).sum();
    }

    LocalDate lastDayFrom(LocalDate first) {
        return first.plus(properties.length()).minusDays(1);
    }

    void requireUpcomingIntake(LocalDate intake) {
        LocalDate today = RotationCalendar.today();
        if (intake == null || !intake.isAfter(today) || !intakes.existsById(intake)) {
            throw new InvalidInputException("intake", "choose an upcoming intake: " + String.join(", ",
                    intakes.findByStartsOnAfterOrderByStartsOn(today).stream().map(i -> i.getStartsOn().toString())
                            .toList()));
        }
    }

    private void endChanged(String reference) {
        // The end timer was set from the old date: the process sets it again from the record.
        runtimeService.createMessageCorrelation(END_CHANGED).processInstanceBusinessKey(reference).correlateAll();
    }

    private static void requireStatus(Rotation rotation, RotationStatus expected, String rule, String field) {
        if (rotation.getStatus() != expected) {
            throw PolicyRefusedException.conflict(rule, rotation.getReference() + " is " + rotation.getStatus()
                    + ", not " + expected, field);
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("changeReason", "say why the end date changes");
        }
    }
}
