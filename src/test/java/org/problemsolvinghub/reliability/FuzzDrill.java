package org.problemsolvinghub.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.problemsolvinghub.PostgresTestDatabase;
import org.problemsolvinghub.fuzz.ApiFuzzer;
import org.problemsolvinghub.fuzz.FuzzFixtures;
import org.problemsolvinghub.fuzz.FuzzTally;
import org.problemsolvinghub.fuzz.FuzzTasks;
import org.problemsolvinghub.fuzz.HubClient;
import org.problemsolvinghub.fuzz.TaskFuzzer;
import org.problemsolvinghub.fuzz.Verdict;
import org.problemsolvinghub.pmp.PmpService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The full fuzzing run of issue #9 (hostile and malformed input): at least 1,000 spoiled requests to every
 * {@code /api/**} endpoint and to the completion of every kind of task, on a database of its own
 * ({@code hub_rel_fuzz_*}, dropped at the end). Writes {@code target/reliability/fuzz.md}: requests per
 * endpoint, status counts, 5xx (must be 0), unnamed 4xx (must be 0), writes left half-way (must be 0), and
 * the seed to repeat it with ({@code -Dfuzz.seed=}). Run by {@code mvn -B -o -Preliability verify}.
 */
class FuzzDrill extends HubTest {

    private static final String COMMAND = "mvn -B -o -Preliability verify -Dit.test=FuzzDrill";
    private static String database;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> {
            if (database == null) {
                database = "hub_rel_fuzz_" + System.currentTimeMillis() / 1000;
                execute("create database " + database);
            }
            return PostgresTestDatabase.urlOf(database);
        });
    }

    @AfterAll
    static void dropDatabase() {
        if (database != null) {
            execute("drop database if exists " + database + " with (force)");
        }
    }

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PmpService pmps;

    @Test
    void thousandsOfSpoiledRequestsToEveryEndpointAndTaskCompletion() {
        long seed = Long.getLong("fuzz.seed", System.currentTimeMillis());
        int perEndpoint = Integer.getInteger("fuzz.requests", 1000);
        System.out.println("FuzzDrill seed " + seed + " (repeat with -Dfuzz.seed=" + seed + ")");
        HubClient client = new HubClient(port);
        FuzzFixtures fixtures = new FuzzFixtures(processEngine, pmps, client);
        fixtures.createUsers();
        fixtures.createPlans();
        FuzzTally tally = new FuzzTally(seed);
        long started = System.nanoTime();

        // -Dfuzz.only=/actions,Task_Triage: only the endpoints and task kinds whose name contains one of these (to go
        // over them again after a fix).
        String only = System.getProperty("fuzz.only", "");
        Predicate<String> chosen = name -> Arrays.stream(only.split(",")).anyMatch(name::contains);
        ApiFuzzer api = new ApiFuzzer(mappings, jdbc, client, fixtures, tally);
        api.endpoints().stream().filter(e -> chosen.test(e.name())).forEach(e -> api.fuzz(e, perEndpoint));
        TaskFuzzer tasks = new TaskFuzzer(jdbc, client, tally);
        for (TaskFuzzer.TaskKind kind : new FuzzTasks(processEngine, fixtures, client).all()) {
            if (chosen.test("complete " + kind.name())) {
                tasks.fuzz(kind, perEndpoint);
            }
        }

        String title = "Fuzzing run (issue #9): " + perEndpoint + " spoiled requests per endpoint and per task kind"
                + (only.isEmpty() ? "" : " whose name contains '" + only + "'") + ", "
                + (System.nanoTime() - started) / 1_000_000_000 + " s";
        tally.write(Path.of("target", "reliability", "fuzz.md"), title, COMMAND);
        System.out.println(tally.markdown(title, COMMAND));
        assertThat(tally.minimumRequests()).isGreaterThanOrEqualTo(perEndpoint);
        assertThat(tally.count(Verdict.SERVER_ERROR)).as("5xx, seed " + seed).isZero();
        assertThat(tally.failures()).as("seed " + seed).isEmpty();
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(PostgresTestDatabase.urlOf("postgres"), PostgresTestDatabase.user(),
                PostgresTestDatabase.password()); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
