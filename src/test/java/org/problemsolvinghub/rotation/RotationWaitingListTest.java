package org.problemsolvinghub.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The cap reached, the waiting list in first-come order, and freed places offered to the next in line. */
class RotationWaitingListTest extends RotationTestSupport {

    @Autowired
    RotationService rotationService;

    private ProcessInstance accepted(LocalDate intake) {
        ProcessInstance pi = atAcceptance(newOfficer(), intake);
        complete(MANAGER, pi, "Task_Accept", accept(intake));
        return pi;
    }

    private void withdrawAs(String userId, ProcessInstance pi) {
        actAs(userId);
        try {
            rotationService.withdraw(pi.getBusinessKey(), "Posted to a firearms course instead.");
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void atTheCapOfficersWaitInOrderAndAWithdrawalOffersThePlaceToTheNextWhoMayDecline() {
        LocalDate intake = newIntake();
        fillPlaces(intake, cap() - 1);
        ProcessInstance last = accepted(intake);
        ProcessInstance first = accepted(intake);
        ProcessInstance second = accepted(intake);

        assertThat(last).isWaitingAt("CallActivity_Training");
        assertThat(first).hasPassed("Gateway_Placement").isWaitingAt("Gateway_Waiting");
        assertThat(second).isWaitingAt("Gateway_Waiting");
        assertThat(record(first).getStatus()).isEqualTo(RotationStatus.WAITING);
        assertThat(record(first).getAcceptanceNumber()).isLessThan(record(second).getAcceptanceNumber());
        assertThat(rotations.waitingFor(intake)).extracting(Rotation::getReference)
                .containsExactly(first.getBusinessKey(), second.getBusinessKey());

        // the placed officer withdraws while in training: the place goes to the first in line at once
        withdrawAs(record(last).getOfficerId(), last);
        assertThat(last).isEnded().hasPassed("EndEvent_Withdrawn");
        assertThat(record(last).getStatus()).isEqualTo(RotationStatus.WITHDRAWN);
        assertThat(record(last).getPlaceStartsOn()).isNull();
        assertThat(first).isWaitingAt("Task_Offer");
        Task offer = task(first, "Task_Offer");
        assertThat(offer).isAssignedTo(record(first).getOfficerId());
        assertThat(offer.getDueDate()).isEqualTo(java.util.Date.from(record(first).getOfferDeadline()));
        assertThat(record(first).getStatus()).isEqualTo(RotationStatus.OFFERED);
        assertThat(second).isWaitingAt("Gateway_Waiting");

        // declined: offered to the next
        complete(record(first).getOfficerId(), first, "Task_Offer", Map.of("offerAnswer", "DECLINE"));
        assertThat(first).isEnded().hasPassed("EndEvent_OfferDeclined");
        assertThat(record(first).getStatus()).isEqualTo(RotationStatus.DECLINED);
        assertThat(second).isWaitingAt("Task_Offer");

        // taken: trained next
        complete(record(second).getOfficerId(), second, "Task_Offer", Map.of("offerAnswer", "ACCEPT"));
        assertThat(second).isWaitingAt("CallActivity_Training");
        assertThat(record(second).getStatus()).isEqualTo(RotationStatus.PLACED);
        assertThat(record(second).getPlaceStartsOn()).isEqualTo(intake);
    }

    @Test
    void anOfferNotAnsweredByItsDeadlineLapsesAndGoesToTheNext() {
        LocalDate intake = newIntake();
        fillPlaces(intake, cap() - 1);
        ProcessInstance placed = accepted(intake);
        ProcessInstance first = accepted(intake);
        ProcessInstance second = accepted(intake);
        withdrawAs(MANAGER, placed);
        assertThat(first).isWaitingAt("Task_Offer");

        clockAt(RotationCalendar.today().plusDays(properties.offerTime().toDays() + 1));
        runDueTimers(first);
        assertThat(first).isEnded().hasPassed("Task_LapseOffer", "EndEvent_OfferLapsed");
        assertThat(record(first).getStatus()).isEqualTo(RotationStatus.LAPSED);
        assertThat(second).isWaitingAt("Task_Offer");
    }

    @Test
    void theManagerCanReorderTheWaitingListWithAReason() {
        LocalDate intake = newIntake();
        fillPlaces(intake, cap());
        ProcessInstance a = accepted(intake);
        ProcessInstance b = accepted(intake);
        ProcessInstance c = accepted(intake);

        actAs(MANAGER);
        RotationView moved = rotationService.reorder(c.getBusinessKey(), 1, "Control room needs a Welsh speaker first.");
        identityService.clearAuthentication();
        assertThat(moved.waitingPosition()).isEqualTo(1);
        assertThat(rotations.waitingFor(intake)).extracting(Rotation::getReference)
                .containsExactly(c.getBusinessKey(), a.getBusinessKey(), b.getBusinessKey());
        assertThat(rotationService.find(c.getBusinessKey()).history()).anyMatch(e -> e.kind().equals("REORDERED")
                && e.detail().contains("Welsh speaker") && e.actor().equals(MANAGER));

        // a place frees (an imported officer withdraws): c, now first, is offered it
        Rotation filler = rotations.findAll().stream().filter(r -> intake.equals(r.getPlaceStartsOn())
                && r.getRoute() == RotationRoute.IMPORTED).findFirst().orElseThrow();
        actAs(MANAGER);
        rotationService.withdraw(filler.getReference(), "Moved to CID.");
        identityService.clearAuthentication();
        assertThat(c).isWaitingAt("Task_Offer");
        assertThat(a).isWaitingAt("Gateway_Waiting");
    }

    @Test
    void officersStillWaitingWhenTheirIntakeStartsAreCarriedOverAndOfferedTheNext() {
        LocalDate intake = newIntake();
        LocalDate next = intake.plusWeeks(13);
        intakes.save(new Intake(next, MANAGER, org.problemsolvinghub.system.HubClock.now()));
        fillPlaces(intake, cap());
        ProcessInstance waiting = accepted(intake);
        assertThat(waiting).isWaitingAt("Gateway_Waiting");

        clockAt(intake);
        runDueTimers(waiting);
        assertThat(waiting).hasPassed("Task_CarryOver").isWaitingAt("Task_Offer");
        assertThat(record(waiting).getIntake()).isEqualTo(next);
        assertThat(record(waiting).getPlaceStartsOn()).isEqualTo(next);
        assertThat(rotationService.find(waiting.getBusinessKey()).history()).anyMatch(e -> e.kind().equals("CARRIED_OVER"));
    }

    @Test
    void withdrawingDuringTheRotationFreesTheRestOfItForTheNextIntakesWaitingList() {
        LocalDate intake = newIntake();
        // the next intake overlaps this one's last month, and is full but for what this rotation holds
        LocalDate next = intake.plusMonths(2);
        intakes.save(new Intake(next, MANAGER, org.problemsolvinghub.system.HubClock.now()));
        ProcessInstance onRotation = accepted(intake);
        train(onRotation);
        fillPlaces(next, cap() - 1);
        ProcessInstance waiting = accepted(next);
        assertThat(waiting).isWaitingAt("Gateway_Waiting");

        clockAt(intake.plusDays(10));
        runDueTimers(onRotation);
        assertThat(record(onRotation).getStatus()).isEqualTo(RotationStatus.ON_ROTATION);
        withdrawAs(record(onRotation).getOfficerId(), onRotation);

        assertThat(onRotation).isEnded().hasPassed("EndEvent_Withdrawn");
        assertThat(record(onRotation).getPlaceEndsOn()).isEqualTo(intake.plusDays(10));
        assertThat(record(onRotation).getEndedOn()).isEqualTo(intake.plusDays(10));
        assertThat(waiting).isWaitingAt("Task_Offer");
    }

    @Autowired
    SchemeStartup schemeStartup;

    @Test
    void roomFoundAtStartUpIsOfferedToTheWaitingList() {
        LocalDate intake = newIntake();
        fillPlaces(intake, cap());
        ProcessInstance waiting = accepted(intake);
        assertThat(waiting).isWaitingAt("Gateway_Waiting");

        // room appears without a withdrawal in the hub: a raised cap, or a place removed by an administrator
        Rotation filler = rotations.findAll().stream().filter(r -> intake.equals(r.getPlaceStartsOn())
                && r.getRoute() == RotationRoute.IMPORTED).findFirst().orElseThrow();
        rotations.delete(filler);
        schemeStartup.offerRoomToTheWaitingList();
        assertThat(waiting).isWaitingAt("Task_Offer");
    }
}
