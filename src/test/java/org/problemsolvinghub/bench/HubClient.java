package org.problemsolvinghub.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
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
 * One person's HTTP connection to the hub: Basic authentication as the hub's APIs take it, or a logged-in
 * Tasklist session ({@link #loggedInToTasklist}); one keep-alive client per person (set up once, not per
 * request), JSON in and out.
 */
final class HubClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final String ENGINE_REST = "/engine-rest";
    private static final String TASKLIST_ENGINE_API = "/camunda/api/engine/engine/default";

    private final HttpClient http;
    private final String base;
    private final String authorization;
    private final CookieManager cookies;
    private final String engineApi;

    HubClient(String base, String user, String password) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.base = base;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.cookies = null;
        this.engineApi = ENGINE_REST;
    }

    private HubClient(String base, CookieManager cookies) {
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .connectTimeout(Duration.ofSeconds(10)).build();
        this.base = base;
        this.authorization = null;
        this.cookies = cookies;
        this.engineApi = TASKLIST_ENGINE_API;
    }

    /**
     * As Tasklist in a browser: opens Tasklist (which sets the XSRF cookie), logs in once, then calls the
     * engine API Tasklist itself calls ({@code /camunda/api/engine/...}) with the session cookie and the XSRF
     * header, no password per request.
     */
    static HubClient loggedInToTasklist(String base, String user, String password) {
        HubClient client = new HubClient(base, new CookieManager());
        Answer page = client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/default/")).GET().build());
        if (page.status() != 200) {
            throw new IllegalStateException("Tasklist answered " + page.status());
        }
        Answer login = client.send(client.request("/camunda/api/admin/auth/user/default/login/tasklist")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build());
        if (login.status() != 200) {
            throw new IllegalStateException(user + " could not log in to Tasklist: " + login.status() + " " + login.body());
        }
        return client;
    }

    /** A path of the engine's REST API as this client reaches it: {@code /engine-rest} or Tasklist's own. */
    String engine(String path) {
        return engineApi + path;
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
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2));
        if (authorization != null) {
            return request.header("Authorization", authorization);
        }
        // Camunda's CSRF filter: the token the XSRF cookie holds, sent back as a header, from the same origin.
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst()
                .map(HttpCookie::getValue).ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        return request.header("Origin", base);
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
