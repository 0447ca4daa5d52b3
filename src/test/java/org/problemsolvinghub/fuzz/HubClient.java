package org.problemsolvinghub.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A lean HTTP client (one connection pool, keep-alive) that sends exactly the bytes a request holds. */
public final class HubClient {

    public record Answer(int status, String contentType, String body) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;

    public HubClient(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Answer send(String user, String password, FuzzRequest request) {
        String uri = base + request.path() + (request.query().isEmpty() ? "" : "?" + request.query());
        HttpRequest.BodyPublisher publisher = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(120))
                .method(request.method(), publisher)
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json, application/problem+json, */*");
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        try {
            HttpResponse<byte[]> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            String body = new String(response.body(), StandardCharsets.UTF_8);
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body);
        } catch (IOException e) {
            // The server closed the connection without an answer: no status a client could act on.
            return new Answer(0, "", "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
