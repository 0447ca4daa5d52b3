package org.problemsolvinghub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.problemsolvinghub.system.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpEntity;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.jayway.jsonpath.JsonPath;

/**
 * Issue #8: Tasklist's three asks for one filter's count cost one count ({@link FilterCountReuse}), and what anyone
 * writes in the engine shows in the very next count.
 */
class FilterCountReuseTest extends HubTest {

    @Autowired
    FilterCountReuse reuse;

    @Autowired
    MeterRegistry meters;

    private String myArea;

    @BeforeEach
    void findTheFilter() {
        myArea = filterId("ljones", "My area's team tasks");
        reuse.forgetCounts();
    }

    /** The task counts (count selects from the task table) the requests ran. */
    private static long taskCounts(Runnable requests) {
        SqlStatements.HUB.start(true);
        requests.run();
        return SqlStatements.HUB.stop().byStatement().entrySet().stream()
                .filter(e -> e.getKey().toLowerCase(Locale.ROOT).matches("(?s)select\\s+count.*act_ru_task res.*"))
                .mapToLong(e -> e.getValue()).sum();
    }

    private long itemCount(String user) {
        List<Integer> counts = JsonPath.read(as(user).getForObject(
                "/engine-rest/filter?resourceType=Task&itemCount=true&maxResults=50", String.class),
                "$[?(@.id == '" + myArea + "')].itemCount");
        return counts.get(0);
    }

    private long pageCount(String user, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        ResponseEntity<String> page = as(user).exchange("/engine-rest/filter/" + myArea + "/list?firstResult=0&maxResults=15",
                HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
        return ((Number) JsonPath.read(page.getBody(), "$.count")).longValue();
    }

    private long count(String user, String body) {
        return ((Number) JsonPath.read(as(user).postForObject("/engine-rest/filter/" + myArea + "/count", json(body),
                String.class), "$.count")).longValue();
    }

    @Test
    void aPageAndTheCountAfterItCostOneCount() {
        raisePlan("kpatel", "coventry", "Longford", "Shed break-ins on Longford allotments");
        long[] seen = new long[3];
        double reusedBefore = meters.get("hub.tasklist.counts").tag("outcome", "reused").counter().count();
        long counted = taskCounts(() -> {
            seen[0] = itemCount("ljones");
            seen[1] = pageCount("ljones", TASKLIST_PAGE);
            seen[2] = count("ljones", TASKLIST_PAGE);
        });
        assertThat(seen[0]).isPositive();
        assertThat(seen).containsOnly(seen[0]);
        assertThat(counted).as("the filters' three counts, one for the page, none for the count after it").isEqualTo(4);
        assertThat(meters.get("hub.tasklist.counts").tag("outcome", "reused").counter().count() - reusedBefore)
                .as("the metric operators see").isEqualTo(1);
    }

    @Test
    void whatIsWrittenShowsInTheNextCount() {
        long before = count("ljones", TASKLIST_PAGE);
        String plan = raisePlan("kpatel", "coventry", "Foleshill", "Cars racing on Foleshill Road at night");
        assertThat(count("ljones", TASKLIST_PAGE)).as("the new plan's triage, offered to the area's supervisors")
                .isEqualTo(before + 1);
        assertThat(itemCount("ljones")).isEqualTo(before + 1);
        assertThat(plan).isNotBlank();
    }

    @Test
    void eachPersonHasTheirOwnCounts() {
        raisePlan("mkhan", "birmingham", "Nechells", "Motorbikes on Nechells recreation ground");
        long coventry = count("ljones", TASKLIST_PAGE);
        long counted = taskCounts(() -> assertThat(count("sbrown", TASKLIST_PAGE)).isNotEqualTo(coventry));
        assertThat(counted).as("another person's count is counted for them").isEqualTo(1);
    }

    @Test
    void aCountWithCriteriaOfItsOwnIsCountedEachTime() {
        String plan = raisePlan("kpatel", "coventry", "Longford", "Graffiti under the Longford canal bridge");
        long all = count("ljones", TASKLIST_PAGE);
        String mine = "{\"nameLike\": \"%" + plan + "%\"}";
        long counted = taskCounts(() -> {
            assertThat(count("ljones", mine)).isEqualTo(1);
            assertThat(count("ljones", mine)).isEqualTo(1);
        });
        assertThat(counted).isEqualTo(2);
        assertThat(all).isGreaterThan(1);
    }

    @Test
    void aCountIsReusedOnlyForItsTimeAndUntilTheNextWrite() {
        AtomicLong now = new AtomicLong();
        FilterCountReuse counts = new FilterCountReuse(Duration.ofSeconds(2), now::get, new SimpleMeterRegistry());
        FilterCountReuse.Key key = new FilterCountReuse.Key("filter", true, "ljones", List.of("supervisors-coventry"), List.of());
        counts.remember(key, 0, now.get(), 7);
        assertThat(counts.reused(key)).isEqualTo(7);
        assertThat(counts.reused(new FilterCountReuse.Key("filter", true, "kpatel", List.of("officers-coventry"), List.of())))
                .isNull();
        assertThat(counts.reused(new FilterCountReuse.Key("filter", false, "ljones", List.of("supervisors-coventry"), List.of())))
                .as("the filter alone is another count").isNull();
        now.set(Duration.ofMillis(2001).toNanos());
        assertThat(counts.reused(key)).as("past its time").isNull();

        counts.remember(key, 0, now.get() - Duration.ofMillis(1500).toNanos(), 8);
        assertThat(counts.reused(key)).isEqualTo(8);
        now.addAndGet(Duration.ofMillis(600).toNanos());
        assertThat(counts.reused(key)).as("its time runs from when the count began").isNull();

        counts.remember(key, 0, now.get(), 9);
        assertThat(counts.reused(key)).isEqualTo(9);
        counts.written();
        assertThat(counts.reused(key)).as("after a write").isNull();
        counts.remember(key, 0, now.get(), 10);
        assertThat(counts.reused(key)).as("counted before the write, remembered after it").isNull();
    }

    @Test
    void sortingIsNoCriterionButAnythingElseIs() {
        assertThat(OwnTaskQueries.hasNoCriteria((TaskQueryImpl) new TaskQueryImpl().orderByTaskCreateTime().desc())).isTrue();
        assertThat(OwnTaskQueries.hasNoCriteria((TaskQueryImpl) new TaskQueryImpl().taskNameLike("%x%"))).isFalse();
        assertThat(OwnTaskQueries.hasNoCriteria((TaskQueryImpl) new TaskQueryImpl().active())).isFalse();
        assertThat(OwnTaskQueries.hasNoCriteria((TaskQueryImpl) new TaskQueryImpl().or().taskAssignee("a").endOr())).isFalse();
        assertThat(OwnTaskQueries.hasNoCriteria((TaskQueryImpl) new TaskQueryImpl().dueBeforeExpression("${now()}"))).isFalse();
        TaskQueryImpl followUpNullAccepted = new TaskQueryImpl();
        followUpNullAccepted.setFollowUpNullAccepted(true); // changes an extended filter's follow-up criterion
        assertThat(OwnTaskQueries.hasNoCriteria(followUpNullAccepted)).isFalse();
    }
}
