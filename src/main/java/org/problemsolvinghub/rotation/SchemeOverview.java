package org.problemsolvinghub.rotation;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public contact manager's view of the scheme: officers on rotation per day against the cap, the
 * waiting list in order, the upcoming intakes with their room, officers trained, and the overtime bank.
 */
@Service
public class SchemeOverview {

    static final int MAX_DAYS = 366;

    public record View(LocalDate from, LocalDate to, int cap, List<Day> days, Day busiestDay, List<Waiting> waitingList,
            List<IntakeRoom> intakes, long trainedThisYear, long trainedSinceSchemeBegan, LocalDate schemeBegan,
            long overtimeBank) {
    }

    public record Day(LocalDate date, int onRotation, int free) {
    }

    public record Waiting(int position, LocalDate intake, String reference, String officerName, String team,
            java.time.Instant acceptedAt) {
    }

    /** An upcoming intake: places still free for a whole rotation from it, and how many wait for it. */
    public record IntakeRoom(LocalDate startsOn, int placesFree, int waiting) {
    }

    private final RotationRepository rotations;
    private final IntakeRepository intakes;
    private final BankRepository bank;
    private final RotationProperties properties;
    private final Places places;

    SchemeOverview(RotationRepository rotations, IntakeRepository intakes, BankRepository bank,
            RotationProperties properties, Places places) {
        this.rotations = rotations;
        this.intakes = intakes;
        this.bank = bank;
        this.properties = properties;
        this.places = places;
    }

    @Transactional(readOnly = true)
    public View of(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new InvalidInputException("to", "must be on or after from (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw new InvalidInputException("to", "at most " + MAX_DAYS + " days from " + from);
        }
        int cap = properties.cap();
        List<Day> days = Occupancy.of(rotations.placesBetween(from, to, -1), from, to).days().stream()
                .map(d -> new Day(d.date(), d.onRotation(), Math.max(0, cap - d.onRotation()))).toList();
        Day busiest = days.stream().max(java.util.Comparator.comparingInt(Day::onRotation)).orElseThrow();
        LocalDate today = RotationCalendar.today();
        return new View(from, to, cap, days, busiest, waitingList(),
                intakes.findByStartsOnAfterOrderByStartsOn(today).stream().map(i -> room(i.getStartsOn(), cap)).toList(),
                rotations.countByTrainedOnBetween(today.withDayOfYear(1), today), rotations.countByTrainedOnNotNull(),
                rotations.firstTrainedOn().orElse(null), bank.countByActiveTrue());
    }

    private List<Waiting> waitingList() {
        List<Rotation> waiting = rotations.waitingList();
        java.util.Map<LocalDate, Integer> positions = new java.util.HashMap<>();
        return waiting.stream().map(r -> new Waiting(positions.merge(r.getIntake(), 1, Integer::sum), r.getIntake(),
                r.getReference(), r.getOfficerName(), r.getTeamCode(), r.getAcceptedAt())).toList();
    }

    private IntakeRoom room(LocalDate startsOn, int cap) {
        LocalDate last = places.lastDayFrom(startsOn);
        int busiest = Occupancy.of(rotations.placesBetween(startsOn, last, -1), startsOn, last).busiest().onRotation();
        return new IntakeRoom(startsOn, Math.max(0, cap - busiest), rotations.waitingFor(startsOn).size());
    }
}
