package org.problemsolvinghub.rotation;

import static java.time.temporal.TemporalAdjusters.nextOrSame;
import static java.time.temporal.TemporalAdjusters.previousOrSame;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.problemsolvinghub.system.HubClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A scheme in motion for the demo force, dated from today: its history since July 2023 (completed
 * rotations, officers trained for overtime only, the bank, testimonies) imported as a force would
 * import its records; this intake's sixteen officers on rotation, their processes started at "on
 * rotation"; applications made by the demo users through the engine as Tasklist makes them (one in
 * training, one waiting for release, one asking for overtime training); and two officers on the
 * waiting list.
 * Runs once, after the demo force's users exist.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "hub.demo.enabled", havingValue = "true")
class RotationDemo implements ApplicationRunner {

    static final LocalDate SCHEME_BEGAN = LocalDate.of(2023, 7, 3);
    private static final int PER_INTAKE = 4;
    private static final int TRAINED_FOR_OVERTIME = 6;

    private static final Logger log = LoggerFactory.getLogger(RotationDemo.class);

    private static final List<String> FIRST = List.of("Jordan", "Priya", "Liam", "Hannah", "Marcus", "Chloe", "Aisha",
            "Ryan", "Sophie", "Kieran", "Megan", "Tomasz", "Grace", "Owen", "Nadia", "Callum", "Ella", "Imran", "Zoe",
            "Declan");
    private static final List<String> LAST = List.of("Blake", "Sharma", "O'Connor", "Price", "Reid", "Turner", "Begum",
            "Cooper", "Walsh", "Doyle", "Lloyd", "Nowak", "Adeyemi", "Parry", "Hussain", "Fraser", "Morgan", "Shah",
            "Kelly", "Byrne", "Mills");
    private static final List<String> TEAMS = List.of("coventry-response-a", "coventry-response-b",
            "birmingham-response-a", "birmingham-response-b", "walsall-response-a", "dudley-response-a");

    private final RotationRepository rotations;
    private final IntakeRepository intakes;
    private final BankRepository bank;
    private final TestimonyRepository testimonies;
    private final RotationReferences references;
    private final RotationProperties properties;
    private final RotationService rotationService;
    private final Applications applications;
    private final Places places;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final IdentityService identityService;
    private final TransactionTemplate transactions;
    private final Map<String, List<String>> groupsOf = new java.util.HashMap<>();

    RotationDemo(RotationRepository rotations, IntakeRepository intakes, BankRepository bank,
            TestimonyRepository testimonies, RotationReferences references, RotationProperties properties,
            RotationService rotationService, Applications applications, Places places, RuntimeService runtimeService, TaskService taskService,
            ManagementService managementService, IdentityService identityService, TransactionTemplate transactions) {
        this.rotations = rotations;
        this.intakes = intakes;
        this.bank = bank;
        this.testimonies = testimonies;
        this.references = references;
        this.properties = properties;
        this.rotationService = rotationService;
        this.applications = applications;
        this.places = places;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.identityService = identityService;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (rotations.count() > 0) {
            return;
        }
        long started = System.nanoTime();
        LocalDate today = RotationCalendar.today();
        // This intake started five weeks ago and is full; the next starts while it still runs (so has no
        // room: officers accepted for it wait); the one after starts once this one has ended.
        LocalDate current = today.minusDays(35).with(previousOrSame(DayOfWeek.MONDAY));
        LocalDate next = today.plusDays(21).with(nextOrSame(DayOfWeek.MONDAY));
        LocalDate after = current.plus(properties.length()).with(nextOrSame(DayOfWeek.MONDAY));
        transactions.executeWithoutResult(status -> {
            List.of(current, next, after).forEach(d -> intakes.save(new Intake(d, "nhughes", HubClock.now())));
            List<LocalDate> past = pastIntakes(current);
            int imported = past.size() * PER_INTAKE + 1 + TRAINED_FOR_OVERTIME + properties.cap();
            Iterator<String> references = this.references.block(HubClock.now(), imported).iterator();
            importHistory(past, references);
            importOnRotation(current, references);
        });
        applications(next, after);
        log.info("Demo rotation scheme loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
    }

    /** Quarterly intakes since the scheme began, ended well before the current one. */
    private List<LocalDate> pastIntakes(LocalDate current) {
        List<LocalDate> past = new java.util.ArrayList<>();
        for (LocalDate intake = SCHEME_BEGAN; !intake.plus(properties.length()).isAfter(current.minusMonths(3));
                intake = intake.plusMonths(3)) {
            past.add(intake);
        }
        return past;
    }

    /** Four officers from each past intake, most of whom joined the bank, and a few trained for overtime only. */
    private void importHistory(List<LocalDate> past, Iterator<String> references) {
        int n = 0;
        for (LocalDate intake : past) {
            for (int i = 0; i < PER_INTAKE; i++, n++) {
                String name = FIRST.get(n % FIRST.size()) + " " + LAST.get((n * 7 + 3) % LAST.size());
                Rotation r = rotations.save(Rotation.imported(references.next(), "hist" + n, name,
                        TEAMS.get(n % TEAMS.size()), intake, lastDay(intake), intake.minusDays(10), RotationStatus.COMPLETED));
                if (n % 3 != 2) {
                    bank.save(new BankMember(r.getOfficerId(), name, RotationTrack.ROTATION, r.getReference(),
                            lastDay(intake).plusDays(1), null));
                }
                if (n == 5 || n == 18) {
                    approvedTestimony(r, n == 5
                            ? "I was nervous about the phones, but the call handlers looked after me from day one. I "
                                    + "understand now why the first minute of a 999 call matters so much."
                            : "Three months without a response workload, on the control room's shifts: I came back "
                                    + "knowing exactly what the radio operator needs from me at a job.");
                }
            }
        }
        LocalDate lastIntake = past.get(past.size() - 1);
        Rotation wood = rotations.save(Rotation.imported(references.next(), "lwood", "Lucy Wood",
                "coventry-response-b", lastIntake, lastDay(lastIntake), lastIntake.minusDays(10), RotationStatus.COMPLETED));
        bank.save(new BankMember("lwood", "Lucy Wood", RotationTrack.ROTATION, wood.getReference(),
                lastDay(lastIntake).plusDays(1), "Rest days and weekends"));
        approvedTestimony(wood, "Taking 999 calls changed how I see our radio traffic. If you are unsure, go: the "
                + "control room staff were brilliant and I joined the overtime bank straight after.");
        for (int i = 0; i < TRAINED_FOR_OVERTIME; i++, n++) {
            LocalDate trained = SCHEME_BEGAN.plusMonths(4L + i * 5L);
            String name = FIRST.get(n % FIRST.size()) + " " + LAST.get((n * 7 + 3) % LAST.size());
            Rotation r = rotations.save(Rotation.imported(references.next(), "hist" + n, name,
                    TEAMS.get(n % TEAMS.size()), null, null, trained, RotationStatus.TRAINED));
            bank.save(new BankMember(r.getOfficerId(), name, RotationTrack.OVERTIME_ONLY, r.getReference(), trained, null));
        }
    }

    /** The sixteen officers on rotation now, Amy Evans among them, each with a live process. */
    private void importOnRotation(LocalDate current, Iterator<String> references) {
        for (int i = 0; i < properties.cap(); i++) {
            boolean evans = i == 0;
            String officer = evans ? "aevans" : "rot" + i;
            String name = evans ? "Amy Evans" : FIRST.get((i + 9) % FIRST.size()) + " " + LAST.get((i * 5 + 1) % LAST.size());
            String team = evans ? "coventry-response-a" : TEAMS.get(i % TEAMS.size());
            Rotation r = rotations.save(Rotation.importedOnRotation(references.next(), officer, name, team,
                    current, lastDay(current)));
            String instance = runtimeService.createProcessInstanceByKey(RotationService.PROCESS_KEY)
                    .businessKey(r.getReference()).startBeforeActivity("SubProcess_OnRotation")
                    .setVariables(Map.of("officer", officer, "officerName", name, "team", team,
                            "intake", current.toString()))
                    .execute().getId();
            r.linkProcessInstance(instance);
        }
    }

    /** The demo users' own applications, through the engine as each of them would in Tasklist. */
    private void applications(LocalDate next, LocalDate after) {
        String harris = apply("tharris", "coventry-response-a", "dwhite", after);
        complete("dwhite", harris, "Task_Conversation", conversation());
        complete("dwhite", harris, "Task_Release", Map.of("releaseDecision", "RELEASE", "workloadHandedOver", true));
        complete("nhughes", harris, "Task_Accept", Map.of("acceptanceDecision", "ACCEPT", "intake", after.toString()));
        LocalDate course = RotationCalendar.today().plusDays(14);
        complete("ebaker", harris, "Task_BookTraining", Map.of("courseStartsOn", course.toString(),
                "systemsTrainingOn", course.plusDays(7).toString()));

        transactions.executeWithoutResult(status -> List.of("sali", "jroberts").forEach(o -> waiting(o, next)));

        String scott = apply("bscott", "coventry-response-a", "dwhite", after);
        complete("dwhite", scott, "Task_Conversation", conversation());

        as("gthomas", () -> rotationService.applyForOvertimeTraining(new RotationRequests.OvertimeTraining(
                "birmingham-response-b", LocalDate.of(2017, 9, 4), "I'd like to help out on rest days.")));
    }

    /**
     * An officer accepted for the next intake, which is full: recorded through the same services as the
     * process's steps (the acceptance under the scheme's lock, so in first-come order), and their process
     * started where it waits for a place. Quicker than replaying each step through the engine.
     */
    private void waiting(String officer, LocalDate intake) {
        Rotation rotation = applications.register(new Application(officer, "birmingham-response-a", "mclarke", intake,
                LocalDate.of(2015, 10, 5), "I want to see a job from the caller's end."), RotationTrack.ROTATION,
                officer, null);
        String reference = rotation.getReference();
        applications.recordEligibility(reference, true, "ELIGIBLE", "");
        applications.recordConversation(reference, true, true, "Keen to go; knows the shifts and that their cases "
                + "go to a colleague.", "mclarke");
        applications.recordRelease(reference, "RELEASE", null, true, "mclarke");
        places.accept(reference, intake, "nhughes");
        rotation.linkProcessInstance(runtimeService.createProcessInstanceByKey(RotationService.PROCESS_KEY)
                .businessKey(reference).startBeforeActivity("Gateway_WaitMerge")
                .setVariables(Map.of("officer", officer, "officerName", rotation.getOfficerName(),
                        "team", "birmingham-response-a", "lineManager", "mclarke", "intake", intake.toString(),
                        "placement", "WAITING"))
                .execute().getId());
    }

    private String apply(String officer, String team, String lineManager, LocalDate intake) {
        return as(officer, () -> rotationService.apply(new RotationRequests.Apply(team, lineManager, intake,
                LocalDate.of(2016, 4, 11), "I want to see a job from the caller's end."))).reference();
    }

    private static Map<String, Object> conversation() {
        return Map.of("conversationHeld", true, "officerWilling", "true", "conversationNotes",
                "Keen to go. Worried about their open cases; agreed they go to a colleague before the start.");
    }

    private void complete(String userId, String reference, String taskKey, Map<String, Object> variables) {
        if (taskKey.equals("Task_BookTraining")) {
            // training starts after the acceptance's commit, and the job executor is not running yet
            String instance = rotations.findByReference(reference).orElseThrow().getProcessInstanceId();
            managementService.createJobQuery().processInstanceId(instance).messages().list()
                    .forEach(job -> managementService.executeJob(job.getId()));
        }
        Task task = taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(taskKey)
                .singleResult();
        as(userId, () -> {
            taskService.complete(task.getId(), variables);
            return null;
        });
    }

    private void approvedTestimony(Rotation rotation, String text) {
        Testimony testimony = new Testimony(rotation.getId(), rotation.getOfficerName(), text, HubClock.now());
        testimony.decide(true, "nhughes", HubClock.now(), null);
        testimonies.save(testimony);
    }

    private LocalDate lastDay(LocalDate intake) {
        return intake.plus(properties.length()).minusDays(1);
    }

    private <T> T as(String userId, Supplier<T> work) {
        List<String> groups = groupsOf.computeIfAbsent(userId, id -> identityService.createGroupQuery().groupMember(id)
                .list().stream().map(Group::getId).toList());
        identityService.setAuthentication(userId, groups);
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
