package org.problemsolvinghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.problemsolvinghub.TasklistSession;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Camunda's REST resources, on {@code /engine-rest} and in Tasklist's engine API, are given the one mapper of
 * {@link OneRestObjectMapper} rather than a new one each request, and that mapper reads and writes as Camunda's.
 */
class OneRestObjectMapperTest extends HubTest {

    @Test
    void theEngineRestApiAsksThisResolverAtEveryRequest() {
        String myArea = filterId("ljones", "My area's team tasks");
        as("ljones").postForObject("/engine-rest/filter/" + myArea + "/count", json(TASKLIST_PAGE), String.class);
        long before = OneRestObjectMapper.served();
        String count = as("ljones").postForObject("/engine-rest/filter/" + myArea + "/count", json(TASKLIST_PAGE),
                String.class);
        assertThat(count).contains("\"count\"");
        // Jersey asks context resolvers in order and takes the first answer: asked means first.
        assertThat(OneRestObjectMapper.served()).as("asked for the filter's resource").isGreaterThan(before);
    }

    @Test
    void tasklistsEngineApiAsksThisResolverToo() throws Exception {
        String myArea = filterId("ljones", "My area's team tasks");
        TasklistSession tasklist = TasklistSession.login("http://localhost:" + port, "ljones", "demo");
        tasklist.get(TasklistSession.ENGINE_API + "/filter/" + myArea + "/count");
        long before = OneRestObjectMapper.served();
        HttpResponse<String> count = tasklist.get(TasklistSession.ENGINE_API + "/filter/" + myArea + "/count");
        assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
        assertThat(OneRestObjectMapper.served()).isGreaterThan(before);
    }

    @Test
    void itIsOneMapperConfiguredAsCamundas() throws Exception {
        OneRestObjectMapper resolver = new OneRestObjectMapper();
        ObjectMapper mapper = resolver.getContext(Object.class);
        assertThat(resolver.getContext(String.class)).isSameAs(mapper);

        ObjectMapper camundas = JacksonConfigurator.configureObjectMapper(new ObjectMapper());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("due", new Date(1_796_310_000_000L));
        values.put("day", LocalDate.of(2026, 12, 3));
        assertThat(mapper.writeValueAsString(values)).isEqualTo(camundas.writeValueAsString(values))
                .contains("2026-12-03");
        String unknown = "{\"sortBy\": \"created\", \"noSuchCriterion\": 1}";
        assertThat(mapper.readValue(unknown, Sorting.class).sortBy).isEqualTo("created");
    }

    static class Sorting {
        public String sortBy;
    }
}
