package org.problemsolvinghub.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Fuzzes every {@code /api/**} endpoint the application maps: a valid base request per endpoint (see
 * {@link ValidValues}, {@link FuzzFixtures}), then {@code perEndpoint} requests each spoiled one way by
 * {@link Mutator}, each answer judged by {@link Verdict}. A refused write must leave the database as it
 * was ({@link Fingerprint} before and after); a read must never write, whatever it is sent.
 */
public final class ApiFuzzer {

    private final RequestMappingHandlerMapping mappings;
    private final HubClient client;
    private final FuzzFixtures fixtures;
    private final Fingerprint fingerprint;
    private final FuzzTally tally;
    private final Mutator mutator;
    private long sendNanos;
    private long checkNanos;

    public ApiFuzzer(RequestMappingHandlerMapping mappings, JdbcTemplate jdbc, HubClient client, FuzzFixtures fixtures,
            FuzzTally tally) {
        this.mappings = mappings;
        this.client = client;
        this.fixtures = fixtures;
        this.fingerprint = new Fingerprint(jdbc);
        this.tally = tally;
        this.mutator = new Mutator(new Random(tally.seed()));
    }

    public List<ApiEndpoint> endpoints() {
        return ApiEndpoint.all(mappings);
    }

    public void run(int perEndpoint) {
        for (ApiEndpoint endpoint : endpoints()) {
            fuzz(endpoint, perEndpoint);
        }
    }

    public void fuzz(ApiEndpoint endpoint, int requests) {
        BaseRequest base = base(endpoint);
        boolean read = endpoint.method().equals("GET");
        Map<String, String> beforeAll = fingerprint.take();
        // The state as the last answer left it: a refused write must leave it so; an accepted one moves it on.
        Map<String, String> state = beforeAll;
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            BaseRequest current = fixtures.fresh(base);
            FuzzRequest request = mutator.mutate(current);
            long sent = System.nanoTime();
            HubClient.Answer answer = client.send(base.actor(), FuzzFixtures.PASSWORD, request);
            sendNanos += System.nanoTime() - sent;
            Verdict verdict = Verdict.of(answer, false, List.of());
            String detail = null;
            if (!read) {
                Map<String, String> after = fingerprint.take();
                List<String> changes = Fingerprint.changes(state, after);
                if (answer.status() >= 400 && !changes.isEmpty()) {
                    verdict = Verdict.HALF_STORED;
                    detail = "changed: " + changes;
                }
                state = after;
            }
            tally.count(endpoint.name(), request, answer, verdict, detail);
            checkNanos += System.nanoTime() - start;
        }
        if (read) {
            List<String> changes = Fingerprint.changes(beforeAll, fingerprint.take());
            if (!changes.isEmpty()) {
                tally.count(endpoint.name(), base.unmutated(), new HubClient.Answer(200, "", "a read wrote"),
                        Verdict.HALF_STORED, "changed: " + changes);
            }
        }
    }

    /** Where the time went: waiting for the hub, and everything (mutating, fingerprints, fresh versions) in all. */
    public String timings() {
        return "waiting for answers " + sendNanos / 1_000_000 + " ms of " + checkNanos / 1_000_000 + " ms in all";
    }

    /** The valid request, by the first user the endpoint lets in (its likely user first). */
    public BaseRequest base(ApiEndpoint endpoint) {
        BaseRequest chosen = null;
        int chosenStatus = 0;
        for (String actor : fixtures.actors(endpoint)) {
            BaseRequest candidate = fixtures.fresh(build(endpoint, actor));
            int status = client.send(actor, FuzzFixtures.PASSWORD, candidate.unmutated()).status();
            if (chosen == null || status != 401 && status != 403) {
                chosen = candidate;
                chosenStatus = status;
            }
            if (status != 401 && status != 403) {
                break;
            }
        }
        tally.base(endpoint.name(), chosen.actor() + " (valid request: " + chosenStatus + ")");
        return chosen;
    }

    private BaseRequest build(ApiEndpoint endpoint, String actor) {
        ValidValues values = new ValidValues(fixtures, endpoint.name());
        Map<String, String> path = new LinkedHashMap<>();
        for (ApiEndpoint.Input v : endpoint.pathVariables()) {
            values.value(Shape.Place.PATH, List.of(v.name()), v.name(), v.type(), v.parameter().getParameter());
            path.put(v.name(), fixtures.pathValue(endpoint, v.name(), actor));
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (ApiEndpoint.Input p : endpoint.params()) {
            JsonNode value = values.value(Shape.Place.PARAM, List.of(p.name()), p.name(), p.type(), p.parameter().getParameter());
            if (value != null && !value.isNull()) {
                params.put(p.name(), value.asText());
            }
        }
        JsonNode body = null;
        if (endpoint.body() != null) {
            body = values.value(Shape.Place.BODY, new ArrayList<>(), "body", endpoint.body().type(), null);
        }
        return new BaseRequest(endpoint, actor, path, params, body, values.shapes());
    }
}
