package org.problemsolvinghub.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** The rotation's paths through the engine, as Tasklist drives them, with the clock moved for timers. */
class RotationProcessTest extends RotationTestSupport {

    @Test
    void anEligibleApplicationGoesToTheLineManagerForTheConversation() {
        LocalDate intake = newIntake();
        String officer = newOfficer();
        ProcessInstance pi = apply(officer, intake);

        assertThat(pi).isWaitingAt("Task_Conversation").hasPassed("Task_CheckEligibility", "Task_RecordEligibility");
        assertThat(pi.getBusinessKey()).matches("ROT-\\d{4}-\\d{4}");
        Task conversation = task(pi, "Task_Conversation");
        assertThat(conversation).isAssignedTo(LINE_MANAGER).hasCandidateGroupAssociated("response-supervisors-" + TEAM);
        assertThat(conversation.getName()).isEqualTo("Open conversation with Test Officer " + officer + " ("
                + pi.getBusinessKey() + ")");
        Rotation rotation = record(pi);
        assertThat(rotation.getStatus()).isEqualTo(RotationStatus.CONVERSATION);
        assertThat(rotation.getRoute()).isEqualTo(RotationRoute.VOLUNTEERED);
        assertThat(rotation.getIntake()).isEqualTo(intake);
    }

    @Test
    void aPlacedOfficerIsTrainedThenRotatesChecksInReturnsAndJoinsTheBank() {
        LocalDate intake = newIntake();
        String officer = newOfficer();
        ProcessInstance pi = atAcceptance(officer, intake);
        assertThat(task(pi, "Task_Accept")).hasCandidateGroup("public-contact-managers");

        complete(MANAGER, pi, "Task_Accept", accept(intake));
        assertThat(pi).hasPassed("Task_AcceptAgainstCap").isWaitingAt("CallActivity_Training");
        assertThat(record(pi).getStatus()).isEqualTo(RotationStatus.PLACED);
        assertThat(record(pi).getPlaceStartsOn()).isEqualTo(intake);
        assertThat(record(pi).getPlaceEndsOn()).isEqualTo(intake.plusMonths(3).minusDays(1));

        // failed, then retaken and passed
        assertThat(task(pi, "Task_BookTraining")).hasCandidateGroup("call-handling-trainers");
        complete(TRAINER, pi, "Task_BookTraining", booking());
        complete(TRAINER, pi, "Task_RecordTraining", Map.of("courseResult", "FAILED", "systemsTrainingCompleted", true,
                "resultNotes", "Struggled with the call script under pressure; retake the course."));
        assertThat(task(pi, "Task_BookTraining")).isNotNull();
        assertThat(record(pi).getTrainedOn()).isNull();
        train(pi);
        assertThat(pi).isWaitingAt("Event_RotationStarts");
        assertThat(record(pi).getTrainedOn()).isNotNull();

        clockAt(intake);
        runDueTimers(pi);
        assertThat(pi).isWaitingAt("Event_MidPoint", "Gateway_UntilEnd");
        assertThat(record(pi).getStatus()).isEqualTo(RotationStatus.ON_ROTATION);

        clockAt(intake.plusDays(46));
        runDueTimers(pi);
        assertThat(pi).isWaitingAt("Task_CheckIn");
        complete(MANAGER, pi, "Task_CheckIn", Map.of("checkInNotes", "Settled in well, enjoys the 999 work.",
                "change", "EXTEND", "extensionMonths", "1", "changeReason", "Asked to stay on; the control room is short."));
        assertThat(record(pi).getPlaceEndsOn()).isEqualTo(intake.plusMonths(4).minusDays(1));

        clockAt(intake.plusMonths(3).plusDays(1));
        runDueTimers(pi);
        assertThat(pi).isWaitingAt("Gateway_UntilEnd");
        clockAt(intake.plusMonths(4).plusDays(1));
        runDueTimers(pi);
        assertThat(pi).isWaitingAt("Task_Bank");
        assertThat(record(pi).getStatus()).isEqualTo(RotationStatus.COMPLETED);

        complete(officer, pi, "Task_Bank", Map.of("joinBank", "true", "availability", "Rest days",
                "testimony", "Taking 999 calls changed how I see our radio traffic. Go."));
        assertThat(bank.findById(officer)).get().extracting(BankMember::isActive).isEqualTo(true);
        complete(MANAGER, pi, "Task_ApproveTestimony", Map.of("testimonyDecision", "APPROVE"));
        assertThat(pi).isEnded().hasPassed("EndEvent_Completed");
        assertThat(testimonies.findByStatusOrderByDecidedAtDesc(Testimony.Status.APPROVED))
                .anyMatch(t -> t.getBody().startsWith("Taking 999 calls"));
    }

    @Test
    void aManagerCanNominateAnOfficer() {
        LocalDate intake = newIntake();
        String officer = newOfficer();
        ProcessInstance pi = apply(LINE_MANAGER, application(intake, "officer", officer));

        assertThat(pi).isWaitingAt("Task_Conversation");
        assertThat(record(pi).getOfficerId()).isEqualTo(officer);
        assertThat(record(pi).getRoute()).isEqualTo(RotationRoute.NOMINATED);
        assertThat(record(pi).getAppliedBy()).isEqualTo(LINE_MANAGER);
    }

    @Test
    void anOfficerCannotNominateAnother() {
        LocalDate intake = newIntake();
        String other = newOfficer();
        assertThatThrownBy(() -> apply(newOfficer(), application(intake, "officer", other)))
                .isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("officer: only response supervisors and public contact managers nominate");
    }

    @Test
    void tooShortAServiceIsRefusedWithTheTablesRuleAndTheOfficerIsTold() {
        String officer = newOfficer();
        ProcessInstance pi = apply(officer, application(newIntake(),
                "joinedForceOn", RotationCalendar.today().minusMonths(14).toString()));

        assertThat(pi).hasPassed("Task_CheckEligibility").isWaitingAt("Task_ToldRefused")
                .hasVariables("refusalRule", "refusalReason");
        assertThat(task(pi, "Task_ToldRefused")).isAssignedTo(officer);
        assertThat(runtimeService.getVariable(pi.getId(), "refusalRule")).isEqualTo("MIN_SERVICE");
        Rotation rotation = record(pi);
        assertThat(rotation.getStatus()).isEqualTo(RotationStatus.INELIGIBLE);
        assertThat(rotation.getRefusalRule()).isEqualTo("MIN_SERVICE");
        assertThat(rotation.getRefusalReason()).contains("2 years' service");

        complete(officer, pi, "Task_ToldRefused", Map.of("acknowledged", true));
        assertThat(pi).isEnded().hasPassed("EndEvent_NotGoingAhead");
    }

    @Test
    void twoRotationsAlreadyAreTheMost() {
        String officer = newOfficer();
        pastRotation(officer, LocalDate.of(2024, 1, 1), 2);
        pastRotation(officer, LocalDate.of(2025, 1, 1), 2);
        ProcessInstance pi = apply(officer, newIntake());

        assertThat(pi).isWaitingAt("Task_ToldRefused");
        assertThat(record(pi).getRefusalRule()).isEqualTo("MAX_ROTATIONS");
    }

    @Test
    void sixMonthsInTotalAreTheMost() {
        String officer = newOfficer();
        pastRotation(officer, LocalDate.of(2024, 1, 1), 4);
        ProcessInstance pi = apply(officer, newIntake());

        assertThat(pi).isWaitingAt("Task_ToldRefused");
        assertThat(record(pi).getRefusalRule()).isEqualTo("MAX_TOTAL_MONTHS");

        String other = newOfficer();
        pastRotation(other, LocalDate.of(2024, 1, 1), 3);
        assertThat(apply(other, newIntake())).isWaitingAt("Task_Conversation");
    }

    @Test
    void oneApplicationAtATime() {
        String officer = newOfficer();
        LocalDate intake = newIntake();
        apply(officer, intake);
        assertThatThrownBy(() -> apply(officer, intake)).isInstanceOf(FormFieldValidationException.class)
                .hasMessageContaining("ONE_OPEN_APPLICATION");
    }

    @Test
    void nothingIsApprovedBeforeTheConversation() {
        ProcessInstance pi = apply(newOfficer(), newIntake());
        Task task = task(pi, "Task_Conversation");
        actAs(LINE_MANAGER);
        assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("conversationHeld", false,
                "conversationNotes", "Not yet spoken to them.", "officerWilling", "true")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("conversationHeld");
        identityService.clearAuthentication();
        assertThat(pi).isWaitingAt("Task_Conversation");
    }

    @Test
    void anOfficerWhoDecidesNotToGoAfterTheConversationIsWithdrawn() {
        ProcessInstance pi = apply(newOfficer(), newIntake());
        complete(LINE_MANAGER, pi, "Task_Conversation", conversation(false));

        assertThat(pi).isEnded().hasPassed("EndEvent_ChoseNotToGo");
        assertThat(record(pi).getStatus()).isEqualTo(RotationStatus.WITHDRAWN);
        assertThat(record(pi).getConversationNotes()).contains("court dates");
    }

    @Test
    void theLineManagerCanRefuseTheReleaseAndTheOfficerIsToldWhy() {
        String officer = newOfficer();
        ProcessInstance pi = apply(officer, newIntake());
        complete(LINE_MANAGER, pi, "Task_Conversation", conversation(true));
        assertThat(task(pi, "Task_Release")).hasCandidateGroup("response-supervisors-" + TEAM);

        Task release = task(pi, "Task_Release");
        actAs(LINE_MANAGER);
        assertThatThrownBy(() -> taskService.complete(release.getId(), Map.of("releaseDecision", "RELEASE")))
                .hasMessageContaining("workloadHandedOver");
        identityService.clearAuthentication();

        complete(LINE_MANAGER, pi, "Task_Release", Map.of("releaseDecision", "REFUSE",
                "releaseReason", "Team A is four short until March."));
        assertThat(pi).isWaitingAt("Task_ToldRefused");
        assertThat(task(pi, "Task_ToldRefused")).isAssignedTo(officer);
        assertThat(runtimeService.getVariable(pi.getId(), "refusalReason")).isEqualTo("Team A is four short until March.");
        assertThat(record(pi).getStatus()).isEqualTo(RotationStatus.REFUSED);
        assertThat(record(pi).getRefusalStage()).isEqualTo("RELEASE");
    }

    @Test
    void thePublicContactManagerCanRefuseWithAReason() {
        LocalDate intake = newIntake();
        ProcessInstance pi = atAcceptance(newOfficer(), intake);
        complete(MANAGER, pi, "Task_Accept", Map.of("acceptanceDecision", "REFUSE",
                "acceptanceReason", "Needs a clean attendance record first."));

        assertThat(pi).isWaitingAt("Task_ToldRefused");
        assertThat(record(pi).getRefusalStage()).isEqualTo("ACCEPTANCE");
        assertThat(record(pi).getRefusalRule()).isEqualTo("PUBLIC_CONTACT_MANAGER_REFUSED");
    }

    @Test
    void anIntakeThatIsNotUpcomingIsRefusedOnTheForm() {
        ProcessInstance pi = atAcceptance(newOfficer(), newIntake());
        Task task = task(pi, "Task_Accept");
        actAs(MANAGER);
        assertThatThrownBy(() -> taskService.complete(task.getId(), accept(LocalDate.of(2039, 3, 3))))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("intake: choose an upcoming intake");
    }

    @Test
    void noOfficerStartsUntrained() {
        LocalDate intake = newIntake();
        ProcessInstance pi = atAcceptance(newOfficer(), intake);
        complete(MANAGER, pi, "Task_Accept", accept(intake));

        clockAt(intake.plusDays(3));
        runDueTimers(pi);
        assertThat(pi).isWaitingAt("CallActivity_Training");
        assertThat(record(pi).getStatus()).isEqualTo(RotationStatus.PLACED);
        assertThat(record(pi).getStartedAt()).isNull();

        // trained late: the rotation starts at once, and still ends on its planned day
        train(pi);
        runDueTimers(pi);
        assertThat(record(pi).getStatus()).isEqualTo(RotationStatus.ON_ROTATION);
        assertThat(record(pi).getPlaceEndsOn()).isEqualTo(intake.plusMonths(3).minusDays(1));
    }

    @Test
    void anExtensionBeyondThePolicyKeepsTheCheckInOpenWithTheRule() {
        LocalDate intake = newIntake();
        ProcessInstance pi = onRotation(newOfficer(), intake);
        clockAt(intake.plusDays(46));
        runDueTimers(pi);
        Task checkIn = task(pi, "Task_CheckIn");
        actAs(MANAGER);

        assertThatThrownBy(() -> taskService.complete(checkIn.getId(), checkIn("EXTEND", "extensionMonths", "4")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("MAX_EXTENSION");
        identityService.clearAuthentication();
        assertThat(record(pi).getPlaceEndsOn()).isEqualTo(intake.plusMonths(3).minusDays(1));

        // within the table's limits, this officer had a 2-month rotation before: 3 + 2 + 2 > 6
        String veteran = newOfficer();
        pastRotation(veteran, LocalDate.of(2025, 1, 1), 2);
        LocalDate other = newIntake();
        ProcessInstance second = onRotation(veteran, other);
        clockAt(other.plusDays(46));
        runDueTimers(second);
        Task secondCheckIn = task(second, "Task_CheckIn");
        actAs(MANAGER);
        assertThatThrownBy(() -> taskService.complete(secondCheckIn.getId(), checkIn("EXTEND", "extensionMonths", "2")))
                .hasMessageContaining("MAX_TOTAL_MONTHS");
        taskService.complete(secondCheckIn.getId(), checkIn("EXTEND", "extensionMonths", "1"));
        identityService.clearAuthentication();
        assertThat(record(second).getPlaceEndsOn()).isEqualTo(other.plusMonths(4).minusDays(1));
        assertThat(record(second).getExtensions()).isEqualTo(1);
    }

    @Test
    void anExtensionNeedsRoomUnderTheCapOnEveryAddedDay() {
        LocalDate intake = newIntake();
        ProcessInstance pi = onRotation(newOfficer(), intake);
        // the month after this rotation is full: the cap's worth of places from the day after its planned end
        fillPlaces(intake.plusMonths(3), cap());
        clockAt(intake.plusDays(46));
        runDueTimers(pi);
        Task checkIn = task(pi, "Task_CheckIn");
        actAs(MANAGER);
        assertThatThrownBy(() -> taskService.complete(checkIn.getId(), checkIn("EXTEND", "extensionMonths", "1")))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("CAP");
        identityService.clearAuthentication();
        assertThat(pi).isWaitingAt("Task_CheckIn");
    }

    @Test
    void anEarlyEndNeedsNoticeUnlessForWellbeingAndFreesThePlace() {
        LocalDate intake = newIntake();
        ProcessInstance pi = onRotation(newOfficer(), intake);
        clockAt(intake.plusDays(46));
        runDueTimers(pi);
        Task checkIn = task(pi, "Task_CheckIn");
        LocalDate soon = RotationCalendar.today().plusDays(2);
        actAs(MANAGER);
        assertThatThrownBy(() -> taskService.complete(checkIn.getId(), checkIn("END_EARLY", "endsEarlyOn", soon.toString(),
                "endReason", "OPERATIONAL"))).hasMessageContaining("MIN_NOTICE");
        taskService.complete(checkIn.getId(), checkIn("END_EARLY", "endsEarlyOn", soon.toString(), "endReason", "WELLBEING"));
        identityService.clearAuthentication();
        assertThat(record(pi).getPlaceEndsOn()).isEqualTo(soon);

        clockAt(soon.plusDays(1));
        runDueTimers(pi);
        assertThat(pi).isWaitingAt("Task_Bank");
        assertThat(record(pi).getEndedOn()).isEqualTo(soon);
        complete(record(pi).getOfficerId(), pi, "Task_Bank", Map.of("joinBank", "false"));
        assertThat(pi).isEnded().hasPassed("EndEvent_Completed");
    }

    /** A rotation that held a place of the given length, from before the hub. */
    void pastRotation(String officer, LocalDate start, int months) {
        rotations.save(Rotation.imported(references.next(org.problemsolvinghub.system.HubClock.now()), officer,
                "Test", TEAM, start, start.plusMonths(months).minusDays(1), start.minusDays(10), RotationStatus.COMPLETED));
    }

    ProcessInstance onRotation(String officer, LocalDate intake) {
        ProcessInstance pi = atAcceptance(officer, intake);
        complete(MANAGER, pi, "Task_Accept", accept(intake));
        train(pi);
        clockAt(intake);
        runDueTimers(pi);
        assertThat(record(pi).getStatus()).isEqualTo(RotationStatus.ON_ROTATION);
        return pi;
    }

    static Map<String, Object> checkIn(String change, Object... more) {
        Map<String, Object> vars = new java.util.HashMap<>(Map.of("checkInNotes", "Going well, a natural on the phones.",
                "change", change, "changeReason", "Agreed at the check-in."));
        for (int i = 0; i < more.length; i += 2) {
            vars.put((String) more[i], more[i + 1]);
        }
        return vars;
    }
}
