package org.problemsolvinghub.rotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** The training-only path: officers who never rotated, trained to the same level, into the overtime bank. */
class OvertimeTrainingProcessTest extends RotationTestSupport {

    private ProcessInstance applyForOvertime(String officer) {
        actAs(officer);
        try {
            return runtimeService.createProcessInstanceByKey("rotation-overtime")
                    .setVariables(Map.of("team", TEAM, "joinedForceOn", "2016-03-01")).execute();
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void anOfficerWhoNeverRotatedIsTrainedAndJoinsTheBank() {
        String officer = newOfficer();
        ProcessInstance pi = applyForOvertime(officer);
        assertThat(pi).isWaitingAt("Task_AcceptOvertime");
        assertThat(task(pi, "Task_AcceptOvertime")).hasCandidateGroup("public-contact-managers");
        assertThat(record(pi).getTrack()).isEqualTo(RotationTrack.OVERTIME_ONLY);

        complete(MANAGER, pi, "Task_AcceptOvertime", Map.of("acceptanceDecision", "ACCEPT"));
        assertThat(pi).isWaitingAt("CallActivity_Training");
        assertThat(record(pi).getStatus()).isEqualTo(RotationStatus.TRAINING);
        assertThat(record(pi).getPlaceStartsOn()).as("no place under the cap").isNull();
        complete(TRAINER, pi, "Task_BookTraining", booking());
        complete(TRAINER, pi, "Task_RecordTraining", Map.of("courseResult", "DID_NOT_ATTEND",
                "systemsTrainingCompleted", false, "resultNotes", "Called in for a major incident; rebook."));
        train(pi);

        assertThat(pi).isEnded().hasPassed("Task_JoinBank", "EndEvent_InBank");
        assertThat(record(pi).getStatus()).isEqualTo(RotationStatus.TRAINED);
        assertThat(bank.findById(officer)).get().extracting(BankMember::getRoute).isEqualTo("OVERTIME_ONLY");
    }

    @Test
    void anOfficerWhoRotatedIsToldTheTrainingOnlyPathIsNotForThem() {
        String officer = newOfficer();
        LocalDate start = LocalDate.of(2024, 4, 1);
        rotations.save(Rotation.imported(references.next(org.problemsolvinghub.system.HubClock.now()), officer, "Test",
                TEAM, start, start.plusMonths(3).minusDays(1), start.minusDays(9), RotationStatus.COMPLETED));
        ProcessInstance pi = applyForOvertime(officer);

        assertThat(pi).isWaitingAt("Task_ToldRefused");
        assertThat(record(pi).getRefusalRule()).isEqualTo("ALREADY_ROTATED");
    }
}
