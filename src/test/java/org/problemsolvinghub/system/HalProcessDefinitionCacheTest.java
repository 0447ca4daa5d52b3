package org.problemsolvinghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;

import org.camunda.bpm.engine.rest.cache.Cache;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.hal.processDefinition.HalProcessDefinition;

import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.jayway.jsonpath.JsonPath;

/**
 * Tasklist's page of tasks (HAL) embeds each task's process definition; after the first page the definitions
 * come from {@link HalProcessDefinitionCache}, not from another query.
 */
class HalProcessDefinitionCacheTest extends HubTest {

    @Test
    void aSecondPageOfTasksEmbedsTheProcessDefinitionsWithoutQueryingThem() {
        raiseInLowerStoke("Motorbikes on the Lower Stoke playing fields",
                "Off-road motorbikes race across the playing fields most weekend evenings.");

        Cache cache = Hal.getInstance().getHalRelationCache(HalProcessDefinition.class);
        if (cache != null) {
            cache.destroy(); // empty, as after a start
        }
        SqlStatements.HUB.start(true);
        page();
        SqlStatements.Counts first = SqlStatements.HUB.stop();
        SqlStatements.HUB.start(true);
        String second = page();
        SqlStatements.Counts then = SqlStatements.HUB.stop();

        assertThat(first.byStatement().keySet()).as("statements of the first page").anyMatch(HAL_LOOKUP);
        List<String> embedded = JsonPath.read(second, "$._embedded.processDefinition[*].key");
        assertThat(embedded).contains("pmp");
        assertThat(then.byStatement().keySet()).as("statements of the second page").noneMatch(HAL_LOOKUP);
    }

    /** The HAL resolver's query for the page's definitions (the task query itself joins the table too). */
    private static final Predicate<String> HAL_LOOKUP = sql -> sql.toUpperCase().startsWith("SELECT DISTINCT RES.* FROM ACT_RE_PROCDEF RES");

    private String page() {
        HttpHeaders headers = new HttpHeaders();
        headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        // Plans' tasks only: tests that move the engine's clock on leave tasks created in the future, which would
        // fill a page of the newest tasks of every process with escalated actions.
        ResponseEntity<String> page = as("ljones").exchange(
                "/engine-rest/task?processDefinitionKey=pmp&sortBy=created&sortOrder=desc&maxResults=15",
                HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(page.getStatusCode()).as(page.getBody()).isEqualTo(HttpStatus.OK);
        return page.getBody();
    }
}
