package org.problemsolvinghub.rotation;

import java.time.LocalDate;
import java.util.List;

import org.problemsolvinghub.security.CurrentUser;
import org.problemsolvinghub.system.HubClock;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The intakes the public contact manager announces: the days rotations start on. */
@Service
public class Intakes {

    private final IntakeRepository intakes;
    private final CurrentUser currentUser;

    Intakes(IntakeRepository intakes, CurrentUser currentUser) {
        this.intakes = intakes;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<LocalDate> upcoming() {
        return intakes.findByStartsOnAfterOrderByStartsOn(RotationCalendar.today()).stream().map(Intake::getStartsOn)
                .toList();
    }

    @Transactional
    public LocalDate announce(LocalDate startsOn) {
        if (!startsOn.isAfter(RotationCalendar.today())) {
            throw new InvalidInputException("startsOn", "an intake starts after today");
        }
        if (intakes.existsById(startsOn)) {
            throw PolicyRefusedException.conflict("INTAKE_EXISTS", "there is already an intake on " + startsOn, "startsOn");
        }
        return intakes.save(new Intake(startsOn, currentUser.id(), HubClock.now())).getStartsOn();
    }
}
