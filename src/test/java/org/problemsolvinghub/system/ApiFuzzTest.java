package org.problemsolvinghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.problemsolvinghub.fuzz.ApiFuzzer;
import org.problemsolvinghub.fuzz.FuzzFixtures;
import org.problemsolvinghub.fuzz.FuzzTally;
import org.problemsolvinghub.fuzz.FuzzTasks;
import org.problemsolvinghub.fuzz.TaskFuzzer;
import org.problemsolvinghub.fuzz.HubClient;
import org.problemsolvinghub.fuzz.Verdict;
import org.problemsolvinghub.pmp.PmpService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A quick sample of the fuzzing run (issue #9, hostile and malformed input): every {@code /api/**} endpoint
 * the application maps gets {@code fuzz.requests} (default 25) spoiled requests, and every kind of task
 * {@code fuzz.task-requests} (default 15) spoiled completions. No 5xx, every 400 names
 * the field at fault, every other 4xx says what is wrong, and a refused write stores nothing. The full
 * run is {@code reliability/FuzzDrill}. Runs after the other classes: its writes are its own records, but
 * it writes many.
 */
@Order(Integer.MAX_VALUE - 1)
class ApiFuzzTest extends HubTest {

    /**
     * The ordinary suite replays one seed so that a build fails only for a change, not for the dice;
     * reliability/FuzzDrill draws a new seed each run to look further (-Dfuzz.seed repeats any run).
     */
    private static final long SUITE_SEED = 1796204873514L;


    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PmpService pmps;

    @Test
    void everyApiEndpointAnswersSpoiledRequestsWithoutA5xxNamingTheFieldAndStoringNothingHalfWay() {
        long seed = Long.getLong("fuzz.seed", SUITE_SEED);
        int perEndpoint = Integer.getInteger("fuzz.requests", 25);
        System.out.println("ApiFuzzTest seed " + seed + " (repeat with -Dfuzz.seed=" + seed + ")");
        HubClient client = new HubClient(port);
        FuzzFixtures fixtures = new FuzzFixtures(processEngine, pmps, client);
        fixtures.createUsers();
        fixtures.createPlans();
        FuzzTally tally = new FuzzTally(seed);
        ApiFuzzer fuzzer = new ApiFuzzer(mappings, jdbc, client, fixtures, tally);
        assertThat(fuzzer.endpoints()).as("endpoints found from the mappings").hasSizeGreaterThan(50);

        fuzzer.run(perEndpoint);
        System.out.println("ApiFuzzTest: " + fuzzer.timings());

        tally.write(Path.of("target", "fuzz", "api-sample.md"), "API fuzzing, quick sample",
                "mvn -B -o test -Dtest=ApiFuzzTest");
        System.out.println(tally.markdown("API fuzzing, quick sample", "mvn -B -o test -Dtest=ApiFuzzTest"));
        assertThat(tally.minimumRequests()).isEqualTo(perEndpoint);
        assertThat(tally.failures()).as("seed " + seed).isEmpty();
        assertThat(tally.count(Verdict.SERVER_ERROR)).isZero();
    }

    @Test
    void taskCompletionAnswersSpoiledFormsWithoutA5xxNamingTheVariableAndStoringNothingHalfWay() {
        long seed = Long.getLong("fuzz.seed", SUITE_SEED);
        int perTask = Integer.getInteger("fuzz.task-requests", 15);
        System.out.println("ApiFuzzTest (tasks) seed " + seed + " (repeat with -Dfuzz.seed=" + seed + ")");
        HubClient client = new HubClient(port);
        FuzzFixtures fixtures = new FuzzFixtures(processEngine, pmps, client);
        fixtures.createUsers();
        FuzzTally tally = new FuzzTally(seed);
        TaskFuzzer fuzzer = new TaskFuzzer(jdbc, client, tally);

        for (TaskFuzzer.TaskKind kind : new FuzzTasks(processEngine, fixtures, client).all()) {
            fuzzer.fuzz(kind, perTask);
        }

        String command = "mvn -B -o test -Dtest=ApiFuzzTest";
        tally.write(Path.of("target", "fuzz", "task-sample.md"), "Task completion fuzzing, quick sample", command);
        System.out.println(tally.markdown("Task completion fuzzing, quick sample", command));
        assertThat(tally.minimumRequests()).isEqualTo(perTask);
        assertThat(tally.failures()).as("seed " + seed).isEmpty();
    }
}
