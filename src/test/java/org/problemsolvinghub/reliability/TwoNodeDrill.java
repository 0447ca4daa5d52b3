package org.problemsolvinghub.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.problemsolvinghub.reliability.DrillSteps.in;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.problemsolvinghub.system.HubClock;

/**
 * Two hub nodes on one PostgreSQL database (Camunda's shared-database cluster), both with the job
 * executor on: due timers fire once each and are shared between the nodes, rotation acceptances sent
 * to both nodes at once respect the cap, and what one node commits the other sees at once. Writes
 * target/reliability/two-nodes.md. Run with {@code mvn -Preliability verify}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodeDrill {

    static final int TIMERS = 200;
    static final int ACCEPTANCES = 40;
    static final String TEAM = "coventry-response-a";
    static final String LINE_MANAGER = "dwhite";
    static final String MANAGER = "nhughes";

    private static DrillDatabase database;
    private static HubNode a;
    private static HubNode b;
    private static final DrillReport report = new DrillReport("two-nodes.md", "Two hub nodes on one database");

    @BeforeAll
    static void twoNodes() throws Exception {
        DrillCluster cluster = DrillCluster.shared();
        database = cluster.database;
        a = cluster.a;
        b = cluster.b;
        report.line(cluster.describe());
    }

    @AfterAll
    static void writeReport() throws Exception {
        report.write();
    }

    /**
     * Overdue-action reminders: 200 actions, their "due date passed" timers brought forward to the same
     * instant through the engine's REST API (the hub's due dates are days, so the reminder would
     * otherwise fire at midnight), then left to both nodes' job executors.
     */
    @Test
    @Order(1)
    void dueTimersFireExactlyOnceEachSharedBetweenTheNodes() throws Exception {
        HubClient ownerOnA = new HubClient(a, DrillSteps.OWNER, DrillSteps.PASSWORD);
        HubClient adminOnA = new HubClient(a, HubNode.ADMIN, HubNode.ADMIN_PASSWORD);
        String plan = DrillSteps.planInResponse(ownerOnA);
        List<String> actions = DrillSteps.addActions(ownerOnA, plan, TIMERS, "Drill action");
        assertThat(actions).hasSize(TIMERS);

        List<String> instances = new ArrayList<>();
        List<String> timerJobs = new ArrayList<>();
        try (Connection c = database.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select e.id_, j.id_ from act_ru_execution e join act_ru_job j on "
                        + "j.process_instance_id_ = e.id_ join act_ru_jobdef d on d.id_ = j.job_def_id_ where e.business_key_ in ("
                        + in(actions) + ") and e.parent_id_ is null and d.act_id_ = 'Timer_ActionDue'")) {
            while (rs.next()) {
                instances.add(rs.getString(1));
                timerJobs.add(rs.getString(2));
            }
        }
        assertThat(timerJobs).hasSize(TIMERS);

        ZonedDateTime due = ZonedDateTime.now(HubClock.ZONE).plusSeconds(15);
        for (String job : timerJobs) {
            adminOnA.put("/engine-rest/job/" + job + "/duedate", Map.of("duedate", DrillSteps.engineDate(due))).expect(204);
        }
        long start = System.nanoTime();
        String inInstances = in(instances);
        String pending = "select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_ "
                + "where d.act_id_ = 'Timer_ActionDue' and j.process_instance_id_ in (" + inInstances + ")";
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(3).toMillis();
        while (database.count(pending) > 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        long firedWithin = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        long left = database.count(pending);

        long reminders = database.count("select count(*) from act_hi_comment where message_ like 'Reminder:%' "
                + "and proc_inst_id_ in (" + inInstances + ")");
        long remindedTasks = database.count("select count(distinct task_id_) from act_hi_comment where message_ like "
                + "'Reminder:%' and proc_inst_id_ in (" + inInstances + ")");
        long chaseSteps = database.count("select count(*) from act_hi_actinst where act_id_ = 'Task_ChaseOwner' and "
                + "proc_inst_id_ in (" + inInstances + ")");
        long remindedActions = database.count("select count(*) from pmp_action a where "
                + "a.reminded_at is not null and a.process_instance_id in (" + inInstances + ")");
        long successes = database.count("select count(*) from act_hi_job_log where job_state_ = 2 and act_id_ = "
                + "'Timer_ActionDue' and process_instance_id_ in (" + inInstances + ")");
        long failures = database.count("select count(*) from act_hi_job_log where job_state_ = 1 and act_id_ = "
                + "'Timer_ActionDue' and process_instance_id_ in (" + inInstances + ")");
        long incidents = database.count("select count(*) from act_ru_incident");
        Map<String, Long> byNode = new LinkedHashMap<>();
        try (Connection c = database.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 and "
                        + "act_id_ = 'Timer_ActionDue' and process_instance_id_ in (" + inInstances + ") group by hostname_ "
                        + "order by hostname_")) {
            while (rs.next()) {
                byNode.put(rs.getString(1), rs.getLong(2));
            }
        }

        report.line("");
        report.line("## 200 due timers (overdue-action reminders)");
        report.line("");
        report.line(TIMERS + " actions added to " + plan + " through `POST /api/pmps/{ref}/actions` (kpatel, 4 requests of 50), "
                + "each due today; their *Due date passed* timer jobs moved to the same instant, 15 s ahead, with "
                + "`PUT /engine-rest/job/{id}/duedate` as the administrator (the hub's due dates are whole days, so the "
                + "reminder would otherwise fire at midnight). Then both nodes' job executors were left to fire them.");
        report.tableHeader();
        report.row("timer jobs left after " + firedWithin + " s", left, "0", left == 0);
        report.row("reminders recorded (comment *Reminder: this action was due...* on the action's task)", reminders, "200", reminders == TIMERS);
        report.row("tasks reminded (distinct)", remindedTasks, "200, one reminder each", remindedTasks == TIMERS);
        report.row("*Remind the owner* steps run (`ACT_HI_ACTINST`)", chaseSteps, "200", chaseSteps == TIMERS);
        report.row("actions with `pmp_action.reminded_at` set", remindedActions, "200", remindedActions == TIMERS);
        report.row("successful timer job runs (`ACT_HI_JOB_LOG`)", successes, "200", successes == TIMERS);
        report.row("failed timer job runs (`ACT_HI_JOB_LOG`)", failures, "0", failures == 0);
        report.row("incidents", incidents, "0", incidents == 0);
        report.row("timer jobs run per node (`ACT_HI_JOB_LOG.HOSTNAME_`)", byNode, "both nodes usually take part", byNode.size() == 2);

        assertThat(left).as("timers still due").isZero();
        assertThat(reminders).as("reminder comments").isEqualTo(TIMERS);
        assertThat(remindedTasks).as("tasks reminded").isEqualTo(TIMERS);
        assertThat(chaseSteps).as("chase steps").isEqualTo(TIMERS);
        assertThat(remindedActions).as("actions reminded").isEqualTo(TIMERS);
        assertThat(successes).as("successful job runs").isEqualTo(TIMERS);
        assertThat(incidents).as("incidents").isZero();
        // How the burst splits depends on when each idle node next polls (at most max-wait apart): reported, not asserted.
        assertThat(byNode.keySet()).as("nodes that ran timers").isSubsetOf("node-a", "node-b");
    }

    /**
     * Forty public contact manager acceptances for one intake with room for the cap, twenty sent to each
     * node at the same instant: the scheme's row lock is in the shared database, so the cap holds across
     * the nodes.
     */
    @Test
    @Order(2)
    void acceptancesSplitAcrossBothNodesTakeExactlyTheCap() throws Exception {
        HubClient adminOnA = new HubClient(a, HubNode.ADMIN, HubNode.ADMIN_PASSWORD);
        HubClient[] manager = { new HubClient(a, MANAGER, DrillSteps.PASSWORD), new HubClient(b, MANAGER, DrillSteps.PASSWORD) };
        HubClient[] lineManager = { new HubClient(a, LINE_MANAGER, DrillSteps.PASSWORD),
                new HubClient(b, LINE_MANAGER, DrillSteps.PASSWORD) };
        LocalDate intake = LocalDate.of(2041, 1, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        manager[0].post("/api/rotations/intakes", Map.of("startsOn", intake.toString())).expect(201);

        // Forty officers nominated by their line manager, the conversation held and released: each waits
        // for the public contact manager. The steps alternate between the nodes.
        List<String> rotations = new ArrayList<>();
        List<String> acceptTasks = new ArrayList<>();
        for (int i = 0; i < ACCEPTANCES; i++) {
            String officer = "drillrot" + i;
            DrillSteps.createOfficer(adminOnA, officer);
            HubClient line = lineManager[i % 2];
            JsonNode nominated = line.post("/api/rotations/nominations", Map.of("officer", officer, "team", TEAM,
                    "lineManager", LINE_MANAGER, "intake", intake.toString(), "joinedForceOn", "2015-09-01",
                    "motivation", "Drill")).expect(201).json();
            String reference = nominated.path("reference").asText();
            rotations.add(reference);
            line.post("/engine-rest/task/" + DrillSteps.taskId(line, reference, "Task_Conversation") + "/complete",
                    DrillSteps.variables("conversationHeld", true, "conversationNotes", "Keen to go; court dates handed over.",
                            "officerWilling", "true")).expect(204);
            line.post("/engine-rest/task/" + DrillSteps.taskId(line, reference, "Task_Release") + "/complete",
                    DrillSteps.variables("releaseDecision", "RELEASE", "workloadHandedOver", true)).expect(204);
            acceptTasks.add(DrillSteps.taskId(manager[i % 2], reference, "Task_Accept"));
        }
        assertThat(acceptTasks).doesNotContainNull();

        ExecutorService threads = Executors.newFixedThreadPool(ACCEPTANCES);
        List<Future<Integer>> answers = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(ACCEPTANCES);
        CountDownLatch go = new CountDownLatch(1);
        long raceStarted;
        try {
            for (int i = 0; i < ACCEPTANCES; i++) {
                HubClient node = manager[i % 2];
                String task = acceptTasks.get(i);
                answers.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return node.post("/engine-rest/task/" + task + "/complete",
                            DrillSteps.variables("acceptanceDecision", "ACCEPT", "intake", intake.toString())).status();
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            raceStarted = System.nanoTime();
            go.countDown();
        } finally {
            threads.shutdown();
        }
        Map<Integer, Integer> statuses = new LinkedHashMap<>();
        for (Future<Integer> answer : answers) {
            statuses.merge(answer.get(2, TimeUnit.MINUTES), 1, Integer::sum);
        }
        long raceMillis = (System.nanoTime() - raceStarted) / 1_000_000;

        String ours = "intake_starts_on = '" + intake + "' and reference in (" + in(rotations) + ")";
        long placed = database.count("select count(*) from rotation where status = 'PLACED' and " + ours);
        long waiting = database.count("select count(*) from rotation where status = 'WAITING' and " + ours);
        long distinctNumbers = database.count("select count(distinct acceptance_number) from rotation where " + ours);
        // First come, first placed: every placed officer got through the lock before every waiting one.
        long outOfOrder = database.count("select count(*) from rotation p join rotation w on w.intake_starts_on = "
                + "p.intake_starts_on where p.status = 'PLACED' and w.status = 'WAITING' and p.acceptance_number > "
                + "w.acceptance_number and p.reference in (" + in(rotations) + ") and w.reference in (" + in(rotations) + ")");
        long incidents = database.count("select count(*) from act_ru_incident");

        report.line("");
        report.line("## " + ACCEPTANCES + " rotation acceptances split across both nodes");
        report.line("");
        report.line("Intake " + intake + " (room for 16: nobody else placed). " + ACCEPTANCES + " officers created as the "
                + "administrator, nominated by dwhite, conversation and release completed through `/engine-rest/task/{id}/complete`, "
                + "alternating nodes. Then nhughes's " + ACCEPTANCES + " acceptances released at one instant from "
                + ACCEPTANCES + " threads, 20 to node-a and 20 to node-b; all answered within " + raceMillis + " ms.");
        report.tableHeader();
        report.row("answers (HTTP status: count)", statuses, "{204=40}", statuses.equals(Map.of(204, ACCEPTANCES)));
        report.row("placed (on rotation from the intake)", placed, "16", placed == 16);
        report.row("waiting list", waiting, "24", waiting == 24);
        report.row("distinct first-come numbers", distinctNumbers, "40", distinctNumbers == ACCEPTANCES);
        report.row("a waiting officer accepted before a placed one", outOfOrder, "0", outOfOrder == 0);
        report.row("incidents", incidents, "0", incidents == 0);

        assertThat(statuses).isEqualTo(Map.of(204, ACCEPTANCES));
        assertThat(placed).isEqualTo(16);
        assertThat(waiting).isEqualTo(24);
        assertThat(distinctNumbers).isEqualTo(ACCEPTANCES);
        assertThat(outOfOrder).isZero();
        assertThat(incidents).isZero();
    }

    /** What node A commits, node B shows on its very next request: no cache between the engine and the database. */
    @Test
    @Order(3)
    void aTaskCompletedOnOneNodeIsSeenAtOnceOnTheOther() throws Exception {
        HubClient ownerOnA = new HubClient(a, DrillSteps.OWNER, DrillSteps.PASSWORD);
        HubClient ownerOnB = new HubClient(b, DrillSteps.OWNER, DrillSteps.PASSWORD);
        HubClient adminOnB = new HubClient(b, HubNode.ADMIN, HubNode.ADMIN_PASSWORD);
        String plan = DrillSteps.planInResponse(ownerOnA);
        List<String> actions = DrillSteps.addActions(ownerOnA, plan, 10, "Seen-at-once action");
        int tries = 0;
        int goneOnB = 0;
        int inHistoryOnB = 0;
        int doneInPlanOnB = 0;
        long slowestMillis = 0;
        for (String action : actions) {
            String task = DrillSteps.taskId(ownerOnA, action, "Task_Action");
            // Listed on B before.
            assertThat(ownerOnB.get("/engine-rest/task/" + task).status()).isEqualTo(200);
            ownerOnA.post("/engine-rest/task/" + task + "/complete", DrillSteps.actionDone()).expect(204);
            long completed = System.nanoTime();
            tries++;
            // The very next requests, on B, with no wait and no retry.
            boolean gone = ownerOnB.get("/engine-rest/task/" + task).status() == 404
                    && ownerOnB.get("/engine-rest/task?maxResults=10&taskId=" + task).json().isEmpty();
            // History as Cockpit reads it, by the administrator (officers hold no history grants).
            JsonNode history = adminOnB.get("/engine-rest/history/task?maxResults=10&taskId=" + task).expect(200).json();
            boolean inHistory = history.size() == 1 && !history.get(0).path("endTime").isNull()
                    && "completed".equals(history.get(0).path("deleteReason").asText());
            JsonNode view = ownerOnB.get("/api/pmps/" + plan).expect(200).json();
            boolean doneInPlan = false;
            for (JsonNode a : view.path("actions")) {
                if (a.path("reference").asText().equals(action)) {
                    doneInPlan = "DONE".equals(a.path("status").asText());
                }
            }
            slowestMillis = Math.max(slowestMillis, (System.nanoTime() - completed) / 1_000_000);
            goneOnB += gone ? 1 : 0;
            inHistoryOnB += inHistory ? 1 : 0;
            doneInPlanOnB += doneInPlan ? 1 : 0;
        }

        report.line("");
        report.line("## A task completed on node A is seen at once on node B");
        report.line("");
        report.line(tries + " action tasks completed by kpatel on node-a (`POST /engine-rest/task/{id}/complete`); right "
                + "after each 204, with no wait or retry, node-b was asked for the task, its history and the plan. "
                + "Slowest of the three checks on node-b, from the 204: " + slowestMillis + " ms.");
        report.tableHeader();
        report.row("gone from node-b's task list (`GET /engine-rest/task/{id}` 404, not in `/engine-rest/task`)", goneOnB + " of " + tries,
                "all", goneOnB == tries);
        report.row("finished in node-b's history (`/engine-rest/history/task` as the administrator, deleteReason completed)", inHistoryOnB + " of " + tries,
                "all", inHistoryOnB == tries);
        report.row("action DONE in node-b's `GET /api/pmps/{ref}`", doneInPlanOnB + " of " + tries, "all", doneInPlanOnB == tries);

        assertThat(goneOnB).isEqualTo(tries);
        assertThat(inHistoryOnB).isEqualTo(tries);
        assertThat(doneInPlanOnB).isEqualTo(tries);
    }

    /**
     * What the two nodes together sustain: kpatel's action tasks completed as fast as four clients (two
     * per node) can send them, on these two busy cores; and how much engine history each completion
     * leaves, for sizing and retention (docs/operations.md).
     */
    @Test
    @Order(4)
    void completionsPerSecondOnBothNodesAndHistoryPerCompletion() throws Exception {
        int completions = 200;
        int clients = 4;
        HubClient ownerOnA = new HubClient(a, DrillSteps.OWNER, DrillSteps.PASSWORD);
        String plan = DrillSteps.planInResponse(ownerOnA);
        List<String> actions = DrillSteps.addActions(ownerOnA, plan, completions, "Throughput action");
        List<String> tasks = new ArrayList<>();
        try (Connection c = database.connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select t.id_ from act_ru_task t join act_ru_execution e on e.id_ = t.proc_inst_id_ "
                        + "where t.task_def_key_ = 'Task_Action' and e.business_key_ in (" + in(actions) + ")")) {
            while (rs.next()) {
                tasks.add(rs.getString(1));
            }
        }
        assertThat(tasks).hasSize(completions);
        long rowsBefore = historyRows();
        long bytesBefore = historyBytes();

        java.util.concurrent.ConcurrentLinkedQueue<String> queue = new java.util.concurrent.ConcurrentLinkedQueue<>(tasks);
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            HubClient client = new HubClient(i % 2 == 0 ? a : b, DrillSteps.OWNER, DrillSteps.PASSWORD);
            threads.submit(() -> {
                for (String task = queue.poll(); task != null; task = queue.poll()) {
                    long sent = System.nanoTime();
                    int status = client.post("/engine-rest/task/" + task + "/complete", DrillSteps.actionDone()).status();
                    latencies.add((System.nanoTime() - sent) / 1_000_000);
                    statuses.merge(status, 1, Integer::sum);
                }
                return null;
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        double seconds = (System.nanoTime() - started) / 1e9;
        long rows = historyRows() - rowsBefore;
        long bytes = historyBytes() - bytesBefore;
        List<Long> sorted = latencies.stream().sorted().toList();

        report.line("");
        report.line("## Completions per second on both nodes, and history per completion");
        report.line("");
        report.line(completions + " action tasks completed by " + clients + " clients (2 per node, no pause, keep-alive) through "
                + "`POST /engine-rest/task/{id}/complete`. The two nodes, the clients and PostgreSQL share two cores "
                + "with other builds on this machine (load average at the end: " + loadAverage() + "), so this is a floor, "
                + "not the hub's ceiling: the benchmark (`mvn -Pbench verify`, docs/performance.md) measures that.");
        report.tableHeader();
        report.row("answers (HTTP status: count)", new java.util.TreeMap<>(statuses), "{204=" + completions + "}",
                statuses.equals(Map.of(204, completions)));
        report.row("completions per second, both nodes", String.format("%.1f", completions / seconds), "", true);
        report.row("latency p50 / p95 / max", sorted.get(sorted.size() / 2) + " / " + sorted.get(sorted.size() * 95 / 100)
                + " / " + sorted.get(sorted.size() - 1) + " ms", "", true);
        report.row("engine history rows per completed action (all `ACT_HI_*`)", String.format("%.1f", rows / (double) completions), "", true);
        report.row("engine history bytes per completed action (growth of tables and indexes, by whole pages)",
                String.format("%.0f", bytes / (double) completions), "", true);
        long allRows = historyRows();
        long allBytes = historyBytes();
        report.row("whole history at the end: rows, bytes, bytes per row", allRows + ", " + allBytes + ", "
                + allBytes / Math.max(1, allRows), "", true);

        assertThat(statuses).isEqualTo(Map.of(204, completions));

        // Reads as Tasklist makes them: a page of the officer's tasks and their count, newest first.
        int reads = 400;
        ReadFigures read = readTaskList(reads, clients);
        long openForOwner = database.count("select count(*) from act_ru_task where assignee_ = '" + DrillSteps.OWNER + "'");
        report.line("");
        report.line(reads + " task-list reads by " + clients + " clients (2 per node, no pause): kpatel's tasks, a page of 15 "
                + "newest first (`GET /engine-rest/task?assignee=kpatel&sortBy=created&sortOrder=desc&maxResults=15`) and "
                + "the count, alternately; kpatel then held " + openForOwner + " open tasks, and the database "
                + database.count("select count(*) from act_ru_task") + " in all. docs/performance.md (P2) measures "
                + "Tasklist's filters over 10,000 open tasks.");
        report.tableHeader();
        report.row("answers (HTTP status: count)", read.statuses, "{200=" + reads + "}", read.statuses.equals(Map.of(200, reads)));
        report.row("task-list reads per second, both nodes", String.format("%.1f", read.perSecond), "", true);
        report.row("latency p50 / p95 / max", read.latencies, "", true);
        assertThat(read.statuses).isEqualTo(Map.of(200, reads));
    }

    record ReadFigures(Map<Integer, Integer> statuses, double perSecond, String latencies) {
    }

    private static ReadFigures readTaskList(int reads, int clients) throws Exception {
        java.util.concurrent.atomic.AtomicInteger left = new java.util.concurrent.atomic.AtomicInteger(reads);
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> statuses = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService threads = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        for (int i = 0; i < clients; i++) {
            HubClient client = new HubClient(i % 2 == 0 ? a : b, DrillSteps.OWNER, DrillSteps.PASSWORD);
            threads.submit(() -> {
                for (int n = left.getAndDecrement(); n > 0; n = left.getAndDecrement()) {
                    long sent = System.nanoTime();
                    int status = client.get(n % 2 == 0
                            ? "/engine-rest/task?assignee=" + DrillSteps.OWNER + "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15"
                            : "/engine-rest/task/count?assignee=" + DrillSteps.OWNER).status();
                    latencies.add((System.nanoTime() - sent) / 1_000_000);
                    statuses.merge(status, 1, Integer::sum);
                }
                return null;
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = latencies.stream().sorted().toList();
        return new ReadFigures(new java.util.TreeMap<>(statuses), reads / seconds, sorted.get(sorted.size() / 2) + " / "
                + sorted.get(sorted.size() * 95 / 100) + " / " + sorted.get(sorted.size() - 1) + " ms");
    }

    private static final List<String> HISTORY_TABLES = List.of("act_hi_actinst", "act_hi_taskinst", "act_hi_varinst",
            "act_hi_detail", "act_hi_op_log", "act_hi_comment", "act_hi_identitylink", "act_hi_procinst", "act_hi_job_log",
            "act_hi_incident", "act_hi_decinst", "act_hi_dec_in", "act_hi_dec_out", "act_hi_attachment");

    private static long historyRows() throws Exception {
        long rows = 0;
        for (String table : HISTORY_TABLES) {
            rows += database.count("select count(*) from " + table);
        }
        return rows;
    }

    private static long historyBytes() throws Exception {
        return database.count("select coalesce(sum(pg_total_relation_size(c.oid)), 0) from pg_class c join pg_namespace n on "
                + "n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r' and c.relname like 'act\\_hi\\_%'");
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
