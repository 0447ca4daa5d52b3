package org.problemsolvinghub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.problemsolvinghub.PostgresTestDatabase;
import org.problemsolvinghub.pmp.PlanCycle;
import org.problemsolvinghub.system.SqlStatements;
import org.problemsolvinghub.system.SqlStatements.Counts;
import org.problemsolvinghub.system.SqlStatements.Kind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue #8, P1 and P3, and the database's own ceiling: task completions per second through the hub's
 * authenticated REST API against a bare Camunda engine doing the same completions through its Java API,
 * and the SQL statements each runs per completion.
 *
 * <p>The hub runs whole in this JVM (Tomcat on a random port, HTTP Basic, authorization on, history FULL,
 * metrics on as in production) on a PostgreSQL database of its own. Its job executor is off, and so is the
 * bare engine's: a completion creates no job that is due, and neither side should pay for polling the
 * other does not do. Plans are raised and their task ids looked up before each timed round; a round is one
 * step of the plan's cycle ({@link PlanCycle}) for every plan, completed by N clients, each with its own
 * keep-alive HTTP client. The bare engine gets the same rounds on its nine-task process with the same
 * typed variables (which it stores as process variables, where the hub records them in its plan's tables
 * and its engine keeps only the owner: system.TransientFormAnswers) and the same N threads, with authorization on (users in groups, grants on the process,
 * the task rights Camunda gives candidate groups and assignees, as in the hub) and off (the same user
 * set, only the checks switched off). The measured plans run in two halves, hub and bare interleaved, so
 * that load from elsewhere on the machine falls on both.
 */
@ExtendWith(ThroughputBenchmark.DropDatabase.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ThroughputBenchmark {

    static final int CLIENTS = Integer.getInteger("bench.clients", 4);
    /** Plans measured per system (each is nine completions), in two halves. */
    static final int PLANS = Integer.getInteger("bench.plans", 40);
    /**
     * Plans each system completes before the measured rounds, so both are measured as a server runs for days:
     * with its code compiled. The hub's path through a completion (Tomcat, Spring Security, Jersey, its own
     * services, Hibernate) is several times the bare engine's and takes longer to compile: with 8 plans its
     * rate was still climbing (P1 0.25 against 0.31 after 40, docs/performance.md).
     */
    static final int WARM_UP_PLANS = Integer.getInteger("bench.warm-up-plans", 40);
    static final double TARGET = 0.70;

    private static String database;
    private static double hubRate;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", ThroughputBenchmark::url);
        registry.add("spring.datasource.username", PostgresTestDatabase::user);
        registry.add("spring.datasource.password", PostgresTestDatabase::password);
        registry.add("camunda.bpm.job-execution.enabled", () -> "false");
        registry.add("hub.demo.enabled", () -> "true");
    }

    private static synchronized String url() {
        if (database == null) {
            database = BenchDatabases.create("tp");
        }
        return PostgresTestDatabase.urlOf(database);
    }

    @Autowired
    ProcessEngine engine;

    @LocalServerPort
    int port;

    @Value("${spring.datasource.hikari.maximum-pool-size}")
    int poolSize;

    /** What one system did in its timed rounds. */
    static final class Measure {
        final String name;
        long nanos;
        long completions;
        long clientCpu;
        long processCpu;
        double machineBusy;
        double machineTotal;
        final Map<String, long[]> perStep = new ConcurrentHashMap<>(); // nanos, completions, statements
        final Map<Kind, Long> kinds = new ConcurrentHashMap<>();

        Measure(String name) {
            this.name = name;
        }

        double rate() {
            return completions / (nanos / 1e9);
        }

        long statements() {
            return kinds.values().stream().mapToLong(Long::longValue).sum();
        }

        double perCompletion(Kind kind) {
            return kinds.getOrDefault(kind, 0L) / (double) completions;
        }

        void add(PlanCycle.Step step, long roundNanos, int done, Counts counts, CpuClock.Reading from,
                CpuClock.Reading to) {
            nanos += roundNanos;
            completions += done;
            counts.byKind().forEach((k, v) -> kinds.merge(k, v, Long::sum));
            long[] s = perStep.computeIfAbsent(step.label(), k -> new long[3]);
            s[0] += roundNanos;
            s[1] += done;
            s[2] += counts.total();
            clientCpu += to.clientNanos() - from.clientNanos();
            processCpu += to.processNanos() - from.processNanos();
            machineBusy += to.machineBusy() - from.machineBusy();
            machineTotal += to.machineTotal() - from.machineTotal();
        }

        String statementsDescribed() {
            return String.format(Locale.ROOT, "%.1f statements (select %.1f, insert %.1f, update %.1f, delete %.1f)",
                    statements() / (double) completions, perCompletion(Kind.SELECT), perCompletion(Kind.INSERT),
                    perCompletion(Kind.UPDATE), perCompletion(Kind.DELETE));
        }

        String steps() {
            return PlanCycle.STEPS.stream().map(PlanCycle.Step::label).distinct().map(label -> {
                long[] s = perStep.get(label);
                return String.format(Locale.ROOT, "%s %.0f/s %.0f st", label, s[1] / (s[0] / 1e9), s[2] / (double) s[1]);
            }).collect(Collectors.joining(", "));
        }
    }

    @Test
    @Order(1)
    void hubAgainstTheBareEngine() throws IOException {
        Clients clients = new Clients(CLIENTS);
        Measure hubMeasure = new Measure("hub");
        Measure bareAuthorized = new Measure("bare engine, authorization on");
        Measure bareOpen = new Measure("bare engine, authorization off");
        long started = System.nanoTime();
        try (BareEngine bare = new BareEngine(poolSize)) {
            hubCycle(clients, raise(clients, WARM_UP_PLANS), null, false);
            bareCycle(bare, clients, WARM_UP_PLANS, true, null, false);
            bareCycle(bare, clients, WARM_UP_PLANS, false, null, false);
            for (int half = 0; half < 2; half++) {
                int plans = half == 0 ? PLANS / 2 : PLANS - PLANS / 2;
                hubCycle(clients, raise(clients, plans), hubMeasure, false);
                bareCycle(bare, clients, plans, true, bareAuthorized, false);
                bareCycle(bare, clients, plans, false, bareOpen, false);
            }
            // Untimed: every statement's text for a few plans, one client, for profiling (target/bench).
            StringBuilder profile = new StringBuilder();
            profile.append(hubCycle(clients, raise(clients, 4), new Measure("profile"), true));
            profile.append(bareCycle(bare, clients, 4, true, new Measure("profile"), true));
            Files.createDirectories(Path.of("target", "bench"));
            Files.writeString(Path.of("target", "bench", "throughput-statements.txt"), profile, StandardCharsets.UTF_8);
        }
        report(hubMeasure, bareAuthorized, bareOpen, (System.nanoTime() - started) / 1e9);
    }

    private void report(Measure hubMeasure, Measure bareAuthorized, Measure bareOpen, double seconds) {
        hubRate = hubMeasure.rate();
        double ratio = hubMeasure.rate() / bareAuthorized.rate();
        String measure = "task completions/s, " + CLIENTS + " clients: hub REST API vs bare engine Java API";
        BenchTable.add(new BenchTable.Row("P1", measure + ", both with authorization",
                rate(hubMeasure), rate(bareAuthorized), ratio, "≥ " + TARGET, ratio >= TARGET));
        BenchTable.add(new BenchTable.Row("P1", measure + " without authorization (informational)",
                rate(hubMeasure), rate(bareOpen), hubMeasure.rate() / bareOpen.rate(), "— (printed)", true));
        double statementRatio = (hubMeasure.statements() / (double) hubMeasure.completions)
                / (bareAuthorized.statements() / (double) bareAuthorized.completions);
        BenchTable.add(new BenchTable.Row("P3", "SQL statements per task completion: hub (REST, PMP stage and action"
                + " tasks) vs bare engine (authorization on)", hubMeasure.statementsDescribed(),
                bareAuthorized.statementsDescribed(), statementRatio, "≤ 1.3", statementRatio <= 1.3));
        BenchTable.note(String.format(Locale.ROOT, "P1/P3: %d plans per system measured (%d completions each: the"
                        + " nine of a plan's cycle, seven stage tasks and two action tasks, %.1f typed variables per"
                        + " completion submitted on both sides: the bare engine keeps them as process variables, the hub"
                        + " in its plan's tables, keeping only the owner as a variable), after %d plans of warm-up; hub"
                        + " and bare engine interleaved in"
                        + " two halves; history FULL; job executors off on both; %d s in all.", PLANS,
                hubMeasure.completions, PlanCycle.variablesPerCompletion(), WARM_UP_PLANS, Math.round(seconds)));
        BenchTable.note("P1 load generator: " + String.format(Locale.ROOT, "%d clients (java.net.http, keep-alive) "
                        + "used %.1f s CPU in %.1f s of hub rounds: %.0f%% of this JVM's CPU (%.1f s, hub and clients), "
                        + "%.0f%% of the machine's busy CPU (%.2f of %d cores busy on average, PostgreSQL and any other"
                        + " process included).", CLIENTS, hubMeasure.clientCpu / 1e9, hubMeasure.nanos / 1e9,
                100.0 * hubMeasure.clientCpu / hubMeasure.processCpu, hubMeasure.processCpu / 1e9,
                100.0 * (hubMeasure.clientCpu / 1e9) / Math.max(hubMeasure.machineBusy, 1e-9),
                hubMeasure.machineTotal <= 0 ? 0
                        : Runtime.getRuntime().availableProcessors() * hubMeasure.machineBusy / hubMeasure.machineTotal,
                Runtime.getRuntime().availableProcessors()));
        BenchTable.note("P1/P3 hub per step (completions/s, statements): " + hubMeasure.steps());
        BenchTable.note("P1/P3 bare engine per step, authorization on: " + bareAuthorized.steps());
    }

    private static String rate(Measure m) {
        return String.format(Locale.ROOT, "%.1f completions/s", m.rate());
    }

    private static final Pattern REFERENCE = Pattern.compile("\"reference\"\\s*:\\s*\"([^\"]+)\"");

    /** Raises plans through the API as an officer would (not timed); returns their references. */
    private List<String> raise(Clients clients, int count) {
        List<String> references = Collections.synchronizedList(new ArrayList<>());
        String body = """
                {"area":"coventry","ward":"Lower Stoke","source":"PARTNER_REFERRAL","problemType":"ANTISOCIAL_BEHAVIOUR",
                 "title":"Nuisance at Lower Stoke flats",
                 "problemStatement":"Residents of the Lower Stoke flats suffer noise and intimidation in the stairwells most nights.",
                 "evidence":["Housing officer's referral","Incident data: 25 calls in three months"]}""";
        HttpRequest request = Clients.post(uri("/api/pmps"), Clients.basic("kpatel", "demo"), body);
        clients.round(clients.size(), Collections.nCopies(count, request), (worker, r) -> {
            String answer = clients.call(worker, r, 201);
            Matcher m = answer == null ? null : REFERENCE.matcher(answer);
            if (m != null && m.find()) {
                references.add(m.group(1));
            }
        });
        failOnErrors(clients);
        assertThat(references).hasSize(count);
        return references;
    }

    /**
     * Takes the plans through their cycle over HTTP, one round per step; with a measure, each round is timed
     * and its statements counted. {@code profile} runs one client and returns every statement's text.
     */
    private String hubCycle(Clients clients, List<String> plans, Measure measure, boolean profile) {
        StringBuilder out = new StringBuilder();
        for (PlanCycle.Step step : PlanCycle.STEPS) {
            String[] keys = plans.stream().map(p -> p + step.keySuffix()).toArray(String[]::new);
            List<HttpRequest> requests = engine.getTaskService().createTaskQuery().taskDefinitionKey(step.taskKey())
                    .processInstanceBusinessKeyIn(keys).list().stream()
                    .map(t -> Clients.post(uri("/engine-rest/task/" + t.getId() + "/submit-form"),
                            Clients.basic(step.holder().hubUser, "demo"), step.restBody()))
                    .toList();
            assertThat(requests).as("open %s tasks", step.label()).hasSize(plans.size());
            CpuClock.Reading from = CpuClock.read(clients.cpuNanos());
            SqlStatements.HUB.start(profile);
            long nanos = clients.round(profile ? 1 : clients.size(), requests, (w, r) -> clients.send(w, r, 204));
            Counts counts = SqlStatements.HUB.stop();
            CpuClock.Reading to = CpuClock.read(clients.cpuNanos());
            failOnErrors(clients);
            if (measure != null) {
                measure.add(step, nanos, requests.size(), counts, from, to);
            }
            if (profile) {
                out.append(section("hub", step, counts, requests.size()));
            }
        }
        return out.toString();
    }

    /** The same rounds on the bare engine, its Java API called from the same number of threads. */
    private String bareCycle(BareEngine bare, Clients clients, int count, boolean authorization, Measure measure,
            boolean profile) {
        StringBuilder out = new StringBuilder();
        bare.authorization(authorization); // before the start: tasks get their default grants only with it on
        List<String> instances = bare.start(count);
        IdentityService identity = bare.engine.getIdentityService();
        int number = 1;
        for (PlanCycle.Step step : PlanCycle.STEPS) {
            String[] actor = BareEngine.actor(step);
            List<Map.Entry<String, VariableMap>> work = bare.tasks(number++, instances).stream()
                    .map(id -> Map.entry(id, step.variables())).toList();
            assertThat(work).as("open bare %s tasks", step.label()).hasSize(count);
            CpuClock.Reading from = CpuClock.read(0);
            bare.statements.start(profile);
            long nanos = clients.round(profile ? 1 : clients.size(), work, (w, task) -> {
                identity.setAuthentication(actor[0], List.of(actor[1]));
                try {
                    bare.engine.getFormService().submitTaskForm(task.getKey(), task.getValue());
                } finally {
                    identity.clearAuthentication();
                }
            });
            Counts counts = bare.statements.stop();
            CpuClock.Reading to = CpuClock.read(0);
            failOnErrors(clients);
            if (measure != null) {
                measure.add(step, nanos, work.size(), counts, from, to);
            }
            if (profile) {
                out.append(section("bare engine", step, counts, work.size()));
            }
        }
        return out.toString();
    }

    private static String section(String system, PlanCycle.Step step, Counts counts, int completions) {
        return "== " + system + " " + step.label() + ": " + counts.describe(completions) + " per completion, "
                + counts.roundTrips() / (double) completions + " round trips\n" + counts.top(80) + "\n";
    }

    private static void failOnErrors(Clients clients) {
        if (!clients.failures.isEmpty()) {
            List<String> first = List.copyOf(clients.failures.subList(0, Math.min(5, clients.failures.size())));
            throw new AssertionError(clients.failures.size() + " requests failed, e.g. " + first);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /**
     * The database's own ceiling on this machine: pgbench's TPC-B-like transactions per second on a
     * scratch database, beside the hub's completions per second measured above.
     */
    @Test
    @Order(2)
    void databaseCeiling() throws Exception {
        String pgbench = PgBench.find();
        if (pgbench == null) {
            BenchTable.note("Database ceiling: skipped, pgbench is not installed (apt-get install postgresql-client).");
            return;
        }
        double tps = PgBench.tpcb(pgbench);
        BenchTable.add(new BenchTable.Row("Database ceiling", "hub task completions/s vs pgbench TPC-B transactions/s"
                        + " (scale 10, -c 4 -j 2 -T 20) on the same server",
                String.format(Locale.ROOT, "%.1f completions/s", hubRate), String.format(Locale.ROOT, "%.0f tps", tps),
                hubRate / tps, "— (reference)", true));
    }

    /**
     * Drops the hub's database once Spring has closed the context (@DirtiesContext) and its pool: declared
     * before {@code @SpringBootTest}, this extension's after-all runs after Spring's.
     */
    static final class DropDatabase implements AfterAllCallback {

        @Override
        public void afterAll(ExtensionContext extension) {
            if (database != null) {
                BenchDatabases.drop(database);
                database = null;
            }
        }
    }
}
