package org.problemsolvinghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import com.jayway.jsonpath.JsonPath;

/**
 * A finished plan's engine history is kept for the configured time and then removed by the history
 * clean-up job. It moves the clock past every finished case's time, so it runs last on the shared hub.
 */
@Order(Integer.MAX_VALUE)
class HistoryRetentionTest extends HubTest {

    @Autowired
    HistoryService historyService;

    @Autowired
    ManagementService managementService;

    @Value("${hub.history-time-to-live}")
    String timeToLive;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aFinishedPlansHistoryIsRemovedOnceItsTimeToLiveHasPassed() {
        String ref = JsonPath.read(as("kpatel").postForObject("/api/pmps", Map.of("area", "coventry", "ward", "Earlsdon",
                "source", "DATA", "problemType", "OTHER", "title", "Noise from Earlsdon bars",
                "problemStatement", "Late bars on Earlsdon Street wake residents most weekend nights.",
                "evidence", List.of("Council noise log", "PACT meeting")), String.class), "$.reference");
        String task = JsonPath.read(as("ljones").getForObject("/engine-rest/task?processInstanceBusinessKey=" + ref
                + "&maxResults=1", String.class), "$[0].id");
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        as("ljones").postForEntity("/engine-rest/task/" + task + "/submit-form", new HttpEntity<>("""
                {"variables": {"triageOutcome": {"value": "NOT_A_PMP"}, "triageReason": {"value": "Licensing matter"},
                 "harm": {"value": "LOW"}, "frequency": {"value": "OCCASIONAL"}}}""", json), String.class);

        HistoricProcessInstance ended = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref)
                .singleResult();
        assertThat(ended.getEndTime()).isNotNull();
        Duration ttl = Duration.parse(timeToLive);
        assertThat(ended.getRemovalTime()).isCloseTo(Date.from(ended.getEndTime().toInstant().plus(ttl)), 5_000);

        // A day before its time it stays; a day after, the clean-up removes it.
        cleanUpAt(ended.getEndTime().toInstant().plus(ttl).minus(Duration.ofDays(1)));
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref).count()).isEqualTo(1);
        // One run of the clean-up removes a batch per table; the suite's other tests (the race tests finish hundreds
        // of cases) leave more than a batch due at the same time, so it runs until this plan's rows are gone.
        Instant after = ended.getEndTime().toInstant().plus(ttl).plus(Duration.ofDays(1));
        for (int run = 0; run < 50 && historyService.createHistoricActivityInstanceQuery().processInstanceId(ended.getId()).count() > 0; run++) {
            cleanUpAt(after);
        }
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(ref).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(ended.getId()).count()).isZero();
    }

    private void cleanUpAt(Instant now) {
        ClockUtil.setCurrentTime(Date.from(now));
        Job cleanUp = historyService.cleanUpHistoryAsync(true);
        managementService.executeJob(cleanUp.getId());
    }
}
