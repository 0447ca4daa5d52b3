package org.problemsolvinghub.pmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.jayway.jsonpath.JsonPath;

/**
 * The library's closed plans, searched again by the same view of the library, are answered from the last search
 * until a closed plan is written: a plan closed between two searches is found by the second, and a partner is
 * never given the police's answer (issue #8, P2).
 */
class LibrarySearchReuseTest extends HubTest {

    @Autowired
    PmpService pmps;

    @Autowired
    MeterRegistry meters;

    @Autowired
    LibrarySearchReuse reuse;

    PlanDriver driver;

    @BeforeEach
    void driver() {
        driver = new PlanDriver(processEngine, pmps);
        reuse.forget(); // what other test classes searched in this shared hub weighs nothing here
    }

    @Test
    void aSearchAskedAgainIsAnsweredAgainUntilAPlanIsClosedAndEachViewHasItsOwn() {
        String word = word();
        String search = "/api/library?kind=pmp&q=" + word;

        assertThat(references("mkhan", search)).isEmpty();
        double reused = count("reused");
        double searched = count("searched");
        assertThat(references("mkhan", search)).isEmpty();
        assertThat(count("reused")).as("the same search by police, answered again").isEqualTo(reused + 1);
        assertThat(count("searched")).isEqualTo(searched);

        // Closed with an action held by the Coventry council: hmorris may find it, tokafor (Birmingham) may not.
        String ref = driver.closedPlan("Longford", ProblemType.VEHICLE_CRIME, "Bikes stolen from the " + word + " racks");

        assertThat(references("mkhan", search)).as("found as soon as it is closed").containsExactly(ref);
        assertThat(count("searched")).isEqualTo(searched + 1);
        assertThat(references("mkhan", search)).containsExactly(ref);
        assertThat(count("reused")).isEqualTo(reused + 2);

        assertThat(references("tokafor", search)).as("a partner's own view, not the police's answer").isEmpty();
        assertThat(references("hmorris", search)).containsExactly(ref);
        assertThat(references("tokafor", search)).isEmpty();
        assertThat(count("searched")).as("each partner searched once").isEqualTo(searched + 3);
    }

    private List<String> references(String user, String search) {
        return JsonPath.read(as(user).getForObject(search, String.class), "$.hits[*].reference");
    }

    private double count(String outcome) {
        return meters.get("hub.library.searches").tag("outcome", outcome).counter().count();
    }

    /** A word no other plan holds: letters only, so English stemming leaves it whole. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return word.toString().toLowerCase(Locale.ROOT);
    }
}
