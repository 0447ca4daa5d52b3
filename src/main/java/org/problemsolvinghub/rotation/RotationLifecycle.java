package org.problemsolvinghub.rotation;

import java.time.LocalDate;

import org.problemsolvinghub.system.HubClock;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A rotation from its first day to the officer's return: the start (never untrained), the mid-point
 * check-in, the end, the overtime bank and the testimony.
 */
@Service
class RotationLifecycle {

    private final RotationRecords records;
    private final BankRepository bank;
    private final TestimonyRepository testimonies;
    private final Places places;

    RotationLifecycle(RotationRecords records, BankRepository bank, TestimonyRepository testimonies, Places places) {
        this.records = records;
        this.bank = bank;
        this.testimonies = testimonies;
        this.places = places;
    }

    @Transactional
    void start(String reference) {
        Rotation rotation = records.get(reference);
        if (rotation.getTrainedOn() == null) {
            // The process only reaches the start after training is passed; this guards the record itself.
            throw new IllegalStateException(reference + " cannot start: the officer has not passed the training");
        }
        rotation.start(HubClock.now());
    }

    /** The mid-point check-in; an extension or an early end agreed there is applied within the policy. */
    @Transactional
    void checkIn(String reference, String notes, String change, Long extensionMonths, LocalDate endsEarlyOn,
            String endReason, String changeReason, String by) {
        if (notes == null || notes.strip().length() < 10) {
            throw new InvalidInputException("checkInNotes", "note how the rotation is going for the officer");
        }
        records.get(reference).recordCheckIn(notes.strip(), by);
        switch (change == null ? "NONE" : change) {
            case "NONE" -> {
            }
            case "EXTEND" -> places.extend(reference, extensionMonths, changeReason, by);
            case "END_EARLY" -> places.endEarly(reference, endsEarlyOn, endReason, changeReason, by);
            default -> throw new InvalidInputException("change", "choose NONE, EXTEND or END_EARLY");
        }
    }

    /** The rotation is over: the officer goes back to their team and the rotation is recorded. */
    @Transactional
    void end(String reference) {
        Rotation rotation = records.get(reference);
        rotation.complete(rotation.getPlaceEndsOn());
    }

    /** The officer's answer to the overtime bank, and their testimony if they wrote one. Returns whether they did. */
    @Transactional
    boolean recordBankAnswer(String reference, Boolean joinBank, String availability, String testimony) {
        if (joinBank == null) {
            throw new InvalidInputException("joinBank", "say whether you want to join the overtime bank");
        }
        Rotation rotation = records.get(reference);
        if (joinBank) {
            join(rotation, availability);
        }
        if (testimony == null || testimony.isBlank()) {
            return false;
        }
        if (testimony.length() > 4000) {
            throw new InvalidInputException("testimony", "at most 4000 characters");
        }
        testimonies.save(new Testimony(rotation.getId(), rotation.getOfficerName(), testimony.strip(), HubClock.now()));
        return true;
    }

    @Transactional
    void decideTestimony(String reference, String decision, String reason, String by) {
        Rotation rotation = records.get(reference);
        Testimony testimony = testimonies.findFirstByRotationIdAndStatus(rotation.getId(), Testimony.Status.SUBMITTED)
                .orElseThrow(() -> new InvalidInputException("testimonyDecision", "there is no testimony to decide on"));
        if (!"APPROVE".equals(decision) && !"REJECT".equals(decision)) {
            throw new InvalidInputException("testimonyDecision", "choose APPROVE or REJECT");
        }
        if ("REJECT".equals(decision) && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("testimonyReason", "say why it is not shared: the officer will be told");
        }
        testimony.decide("APPROVE".equals(decision), by, HubClock.now(), reason == null ? null : reason.strip());
    }

    /** Training-only path: trained, so into the bank. */
    @Transactional
    void joinBankAfterTraining(String reference) {
        Rotation rotation = records.get(reference);
        rotation.moveTo(RotationStatus.TRAINED);
        join(rotation, null);
    }

    private void join(Rotation rotation, String availability) {
        String note = availability == null || availability.isBlank() ? null : availability.strip();
        if (note != null && note.length() > 500) {
            throw new InvalidInputException("availability", "at most 500 characters");
        }
        LocalDate today = RotationCalendar.today();
        bank.findById(rotation.getOfficerId()).ifPresentOrElse(
                member -> member.rejoin(rotation.getReference(), today, note),
                () -> bank.save(new BankMember(rotation.getOfficerId(), rotation.getOfficerName(), rotation.getTrack(),
                        rotation.getReference(), today, note)));
    }
}
