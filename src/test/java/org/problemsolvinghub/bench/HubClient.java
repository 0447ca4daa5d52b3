package org.problemsolvinghub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One person's HTTP connection to the hub: Basic authentication as the hub's APIs take it, one
 * keep-alive client per person (set up once, not per request), JSON in and out.
 */
final class HubClient {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final String base;
    private final String authorization;

    HubClient(String base, String user, String password) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    Answer get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET().build());
    }

    Answer get(String path) {
        return get(path, "application/json");
    }

    Answer post(String path, String json, String accept) {
        return send(request(path).header("Accept", accept).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    Answer post(String path, String json) {
        return post(path, json, "application/json");
    }

    Answer put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** As {@link #post} but fails on anything but 2xx, naming the call and the hub's answer. */
    JsonNode postOk(String path, String json) {
        return ok("POST " + path, post(path, json));
    }

    JsonNode getOk(String path) {
        return ok("GET " + path, get(path));
    }

    private static JsonNode ok(String call, Answer answer) {
        if (answer.status() / 100 != 2) {
            throw new IllegalStateException(call + " answered " + answer.status() + ": " + answer.body());
        }
        return answer.body().isEmpty() ? JSON.nullNode() : answer.json();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", authorization);
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
