package org.problemsolvinghub.rotation;

import java.time.Period;

import org.springframework.stereotype.Component;

/**
 * What the eligibility table is asked about an officer, worked out from their record and history
 * ({@code ${rotationFacts.previousRotations(execution.processBusinessKey)}} in the BPMN's input
 * mapping). Rotations done, in progress and placed all count.
 */
@Component("rotationFacts")
public class RotationFacts {

    private final RotationRecords records;
    private final RotationRepository rotations;
    private final BankRepository bank;
    private final Places places;
    private final RotationProperties properties;

    RotationFacts(RotationRecords records, RotationRepository rotations, BankRepository bank, Places places,
            RotationProperties properties) {
        this.records = records;
        this.rotations = rotations;
        this.bank = bank;
        this.places = places;
        this.properties = properties;
    }

    public String track(String reference) {
        return records.get(reference).getTrack().name();
    }

    public long previousRotations(String reference) {
        Rotation rotation = records.get(reference);
        return rotations.findByOfficerIdAndTrackAndPlaceStartsOnNotNull(rotation.getOfficerId(), RotationTrack.ROTATION)
                .stream().filter(r -> !r.getId().equals(rotation.getId())).count();
    }

    public long previousMonths(String reference) {
        return places.monthsServedBefore(records.get(reference));
    }

    /** Months this application asks for: a rotation's length; none on the training-only path. */
    public long requestedMonths(String reference) {
        return records.get(reference).getTrack() == RotationTrack.ROTATION ? properties.lengthInMonths() : 0;
    }

    public long serviceMonths(String reference) {
        return Period.between(records.get(reference).getJoinedForceOn(), RotationCalendar.today()).toTotalMonths();
    }

    public boolean inBank(String reference) {
        return bank.findById(records.get(reference).getOfficerId()).map(BankMember::isActive).orElse(false);
    }
}
