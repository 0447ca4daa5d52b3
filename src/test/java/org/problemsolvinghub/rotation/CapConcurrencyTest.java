package org.problemsolvinghub.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.PostgresTestDatabase;
import org.problemsolvinghub.system.HubClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The cap under load, on PostgreSQL: forty public contact manager acceptances for one intake fired at
 * the same instant from forty threads, each completing its task in its own engine transaction. The
 * database lock must let exactly the cap through onto the scheme and queue the rest in the order
 * their acceptances got through.
 */
class CapConcurrencyTest extends RotationTestSupport {

    static final int ACCEPTANCES = 40;

    private static ExecutorService threads;

    @Autowired
    TransactionTemplate transactions;

    @BeforeAll
    static void startThreads() {
        threads = Executors.newFixedThreadPool(ACCEPTANCES);
    }

    @AfterAll
    static void stopThreads() {
        threads.shutdownNow();
    }

    /**
     * Applications released by their line managers and waiting for the public contact manager: saved in
     * one transaction and started at the acceptance task, as the earlier steps would have left them.
     */
    private List<ProcessInstance> readyForAcceptance(LocalDate intake, int count) {
        String batch = "cc" + intake.getYear();
        return transactions.execute(status -> {
            List<ProcessInstance> started = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String officer = batch + "o" + i;
                Rotation rotation = new Rotation(references.next(HubClock.now()), RotationTrack.ROTATION,
                        new Application(officer, TEAM, LINE_MANAGER, intake, LocalDate.of(2015, 1, 5), null),
                        "Officer " + officer, RotationRoute.VOLUNTEERED, officer, HubClock.now());
                rotation.recordConversation(RotationCalendar.today(), "Talked it through.", LINE_MANAGER);
                rotation.release(LINE_MANAGER, HubClock.now());
                rotations.save(rotation);
                started.add(runtimeService.createProcessInstanceByKey("rotation").businessKey(rotation.getReference())
                        .startBeforeActivity("Task_Accept")
                        .setVariables(Map.of("officer", officer, "officerName", rotation.getOfficerName(), "team", TEAM,
                                "lineManager", LINE_MANAGER, "intake", intake.toString()))
                        .execute());
            }
            return started;
        });
    }

    @RepeatedTest(5)
    void fortyAcceptancesAtOnceTakeExactlyTheCapAndTheRestWaitInFirstComeOrder(RepetitionInfo repetition)
            throws Exception {
        LocalDate intake = newIntake();
        long setupStarted = System.nanoTime();
        List<ProcessInstance> applications = readyForAcceptance(intake, ACCEPTANCES);
        List<String> taskIds = applications.stream().map(pi -> task(pi, "Task_Accept").getId()).toList();
        List<String> managerGroups = identityService.createGroupQuery().groupMember(MANAGER).list().stream()
                .map(g -> g.getId()).toList();
        long setupMillis = (System.nanoTime() - setupStarted) / 1_000_000;

        CountDownLatch ready = new CountDownLatch(ACCEPTANCES);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (String taskId : taskIds) {
            done.add(threads.submit(() -> {
                ready.countDown();
                go.await();
                identityService.setAuthentication(MANAGER, managerGroups);
                try {
                    taskService.complete(taskId, accept(intake));
                } finally {
                    identityService.clearAuthentication();
                }
                return null;
            }));
        }
        ready.await(10, TimeUnit.SECONDS);
        long raceStarted = System.nanoTime();
        go.countDown();
        for (Future<?> acceptance : done) {
            acceptance.get(60, TimeUnit.SECONDS);
        }
        long raceMillis = (System.nanoTime() - raceStarted) / 1_000_000;

        List<Rotation> byArrival = applications.stream().map(this::record)
                .sorted(Comparator.comparing(Rotation::getAcceptanceNumber)).toList();
        int cap = cap();
        assertThat(byArrival.stream().map(Rotation::getAcceptanceNumber).distinct()).hasSize(ACCEPTANCES);
        // first come, first placed: the cap's worth of earliest acceptances hold places, every later one waits
        assertThat(byArrival.subList(0, cap)).allSatisfy(r -> {
            assertThat(r.getStatus()).isEqualTo(RotationStatus.PLACED);
            assertThat(r.getPlaceStartsOn()).isEqualTo(intake);
        });
        assertThat(byArrival.subList(cap, ACCEPTANCES)).allSatisfy(r -> {
            assertThat(r.getStatus()).isEqualTo(RotationStatus.WAITING);
            assertThat(r.getPlaceStartsOn()).isNull();
        });
        assertThat(rotations.waitingFor(intake)).extracting(Rotation::getReference)
                .containsExactlyElementsOf(byArrival.subList(cap, ACCEPTANCES).stream().map(Rotation::getReference).toList());
        LocalDate last = intake.plusMonths(3).minusDays(1);
        assertThat(Occupancy.of(rotations.placesBetween(intake, last, -1), intake, last).busiest().onRotation())
                .isEqualTo(cap);
        assertThat(applications).filteredOn(pi -> record(pi).getStatus() == RotationStatus.PLACED).hasSize(cap)
                .allSatisfy(pi -> BpmnAwareTests.assertThat(pi).isWaitingAt("CallActivity_Training"));
        assertThat(applications).filteredOn(pi -> record(pi).getStatus() == RotationStatus.WAITING)
                .allSatisfy(pi -> BpmnAwareTests.assertThat(pi).isWaitingAt("Gateway_Waiting"));

        System.out.printf("Cap concurrency, try %d of %d: %d acceptances at once, %d placed, %d waiting, race %d ms "
                + "(setup %d ms)%n", repetition.getCurrentRepetition(), repetition.getTotalRepetitions(), ACCEPTANCES,
                cap, ACCEPTANCES - cap, raceMillis, setupMillis);
    }

    /**
     * Another hub node on the same database: a connection of its own (not this node's pool, not this
     * JVM's locks) accepts an officer into the last place and has not committed yet. This node's
     * acceptance must wait for it, then count that place and put its officer on the waiting list.
     */
    @Test
    void anAcceptanceOnAnotherNodeHoldsTheLockAndItsPlaceIsCounted() throws Exception {
        LocalDate intake = newIntake();
        fillPlaces(intake, cap() - 1);
        List<ProcessInstance> officers = readyForAcceptance(intake, 2);
        String otherNodesOfficer = officers.get(0).getBusinessKey();
        String taskId = task(officers.get(1), "Task_Accept").getId();
        List<String> managerGroups = identityService.createGroupQuery().groupMember(MANAGER).list().stream()
                .map(g -> g.getId()).toList();

        Future<?> thisNode;
        try (Connection otherNode = DriverManager.getConnection(PostgresTestDatabase.url(), PostgresTestDatabase.user(),
                PostgresTestDatabase.password())) {
            otherNode.setAutoCommit(false);
            otherNode.createStatement().executeUpdate(
                    "update rotation_scheme set last_acceptance_number = last_acceptance_number + 1 where id = 1");
            try (PreparedStatement place = otherNode.prepareStatement("update rotation set status = 'PLACED', "
                    + "place_starts_on = ?, place_ends_on = ?, planned_ends_on = ? where reference = ?")) {
                LocalDate last = intake.plusMonths(3).minusDays(1);
                place.setObject(1, intake);
                place.setObject(2, last);
                place.setObject(3, last);
                place.setString(4, otherNodesOfficer);
                place.executeUpdate();
            }
            thisNode = threads.submit(() -> {
                identityService.setAuthentication(MANAGER, managerGroups);
                try {
                    taskService.complete(taskId, accept(intake));
                } finally {
                    identityService.clearAuthentication();
                }
                return null;
            });
            Thread.sleep(700);
            assertThat(thisNode.isDone()).as("this node waits for the other node's lock").isFalse();
            otherNode.commit();
        }
        thisNode.get(30, TimeUnit.SECONDS);

        assertThat(record(officers.get(1)).getStatus()).isEqualTo(RotationStatus.WAITING);
        LocalDate last = intake.plusMonths(3).minusDays(1);
        assertThat(Occupancy.of(rotations.placesBetween(intake, last, -1), intake, last).busiest().onRotation())
                .isEqualTo(cap());
    }
}
