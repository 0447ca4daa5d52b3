package org.problemsolvinghub.rotation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.problemsolvinghub.HubTest;
import org.problemsolvinghub.organisation.HubGroups;
import org.problemsolvinghub.system.HubClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Drives rotations through the engine as Tasklist does. Each test works in an intake of its own, a
 * year apart and years ahead, with officers of its own, so tests never share places or waiting lists.
 */
abstract class RotationTestSupport extends HubTest {

    private static final AtomicInteger INTAKES = new AtomicInteger();
    private static final AtomicInteger OFFICERS = new AtomicInteger();

    static final String TEAM = "coventry-response-a";
    static final String LINE_MANAGER = "dwhite";
    static final String MANAGER = "nhughes";
    static final String TRAINER = "ebaker";

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    ManagementService managementService;

    @Autowired
    RotationRepository rotations;

    @Autowired
    IntakeRepository intakes;

    @Autowired
    BankRepository bank;

    @Autowired
    TestimonyRepository testimonies;

    @Autowired
    RotationReferences references;

    @Autowired
    RotationProperties properties;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** An intake of this test's own: the first Monday of a year no other test uses (no month-end dates). */
    LocalDate newIntake() {
        LocalDate startsOn = LocalDate.of(2040 + INTAKES.incrementAndGet(), 1, 1)
                .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        intakes.save(new Intake(startsOn, MANAGER, HubClock.now()));
        return startsOn;
    }

    /** A new response officer of Coventry Response Team A. */
    String newOfficer() {
        String id = "rot" + OFFICERS.incrementAndGet() + "o" + System.nanoTime() % 100000;
        User user = identityService.newUser(id);
        user.setFirstName("Test");
        user.setLastName("Officer " + id);
        user.setPassword("demo");
        identityService.saveUser(user);
        identityService.createMembership(id, HubGroups.OFFICERS);
        identityService.createMembership(id, HubGroups.officersOf("coventry"));
        return id;
    }

    Map<String, Object> application(LocalDate intake, Object... more) {
        Map<String, Object> vars = new HashMap<>(Map.of("team", TEAM, "lineManager", LINE_MANAGER,
                "intake", intake.toString(), "joinedForceOn", "2015-09-01", "motivation", "I want to see the other side of the radio."));
        for (int i = 0; i < more.length; i += 2) {
            vars.put((String) more[i], more[i + 1]);
        }
        return vars;
    }

    /** The officer applies through the start form. */
    ProcessInstance apply(String officer, Map<String, Object> variables) {
        actAs(officer);
        try {
            return runtimeService.createProcessInstanceByKey("rotation").setVariables(variables).execute();
        } finally {
            identityService.clearAuthentication();
        }
    }

    ProcessInstance apply(String officer, LocalDate intake) {
        return apply(officer, application(intake));
    }

    /** Applies, has the conversation and is released: waiting for the public contact manager. */
    ProcessInstance atAcceptance(String officer, LocalDate intake) {
        ProcessInstance pi = apply(officer, intake);
        complete(LINE_MANAGER, pi, "Task_Conversation", conversation(true));
        complete(LINE_MANAGER, pi, "Task_Release", Map.of("releaseDecision", "RELEASE", "workloadHandedOver", true));
        return pi;
    }

    Map<String, Object> conversation(boolean willing) {
        return Map.of("conversationHeld", true, "conversationNotes",
                "Keen to go; worried about court dates, agreed these move to a colleague.",
                "officerWilling", String.valueOf(willing));
    }

    Map<String, Object> accept(LocalDate intake) {
        return Map.of("acceptanceDecision", "ACCEPT", "intake", intake.toString());
    }

    /** The open task of that kind in the rotation or its training, by the rotation's reference. */
    Task task(ProcessInstance pi, String taskKey) {
        runAsyncSteps(pi);
        return taskService.createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey())
                .taskDefinitionKey(taskKey).singleResult();
    }

    /** Completes the task as the user, the way Tasklist submits its form. */
    void complete(String userId, ProcessInstance pi, String taskKey, Map<String, Object> variables) {
        Task task = task(pi, taskKey);
        if (task == null) {
            throw new AssertionError(pi.getBusinessKey() + " has no open task " + taskKey);
        }
        actAs(userId);
        try {
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Books and passes the training. */
    void train(ProcessInstance pi) {
        complete(TRAINER, pi, "Task_BookTraining", booking());
        complete(TRAINER, pi, "Task_RecordTraining", Map.of("courseResult", "PASSED", "systemsTrainingCompleted", true));
    }

    Map<String, Object> booking() {
        LocalDate today = RotationCalendar.today();
        return Map.of("courseStartsOn", today.plusDays(7).toString(), "systemsTrainingOn", today.plusDays(11).toString());
    }

    /** Moves the engine's clock (and so the hub's) to 9am on that day. */
    void clockAt(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(9, 0)).atZone(RotationCalendar.FORCE_TIME_ZONE).toInstant()));
    }

    /** Runs the steps the engine continues after a commit (the start of training), as the job executor would. */
    void runAsyncSteps(ProcessInstance pi) {
        managementService.createJobQuery().processInstanceId(pi.getId()).messages().list()
                .forEach(job -> managementService.executeJob(job.getId()));
    }

    /** Runs the due timers of the instance, as the job executor would. */
    void runDueTimers(ProcessInstance pi) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = managementService.createJobQuery().processInstanceId(pi.getId()).timers()
                    .duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1000)).list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> managementService.executeJob(job.getId()));
        }
    }

    Rotation record(ProcessInstance pi) {
        return rotations.findByReference(pi.getBusinessKey()).orElseThrow();
    }

    /** The cap from configuration (hub.rotation.cap). */
    int cap() {
        return properties.cap();
    }

    /** A place held by someone outside the test's flows (an imported rotation), to fill an intake. */
    void fillPlaces(LocalDate intake, int count) {
        LocalDate last = intake.plusMonths(3).minusDays(1);
        for (int i = 0; i < count; i++) {
            rotations.save(Rotation.imported(references.next(HubClock.now()), "filler" + i, "Filler " + i, TEAM,
                    intake, last, intake.minusDays(20), RotationStatus.PLACED));
        }
    }
}
