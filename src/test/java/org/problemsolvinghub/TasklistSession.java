package org.problemsolvinghub;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A browser's session in Camunda's Tasklist: the page opened (it sets the XSRF cookie), the user logged in, and
 * every later call carrying the session cookie and the XSRF token that Camunda's CSRF filter asks of a change.
 * A new session's token comes with its first read, as in Tasklist, which reads before it writes.
 */
public final class TasklistSession {

    /** Tasklist's engine API: the engine's REST resources in the webapps' own Jersey application. */
    public static final String ENGINE_API = "/camunda/api/engine/engine/default";

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

    private TasklistSession(String base) {
        this.base = base;
    }

    /** Logs {@code user} in to Tasklist on the hub at {@code base} ("http://localhost:8080"); fails unless it answers 200. */
    public static TasklistSession login(String base, String user, String password) throws IOException, InterruptedException {
        TasklistSession session = new TasklistSession(base);
        session.http.send(HttpRequest.newBuilder(session.url("/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> login = session.send(session.request("/camunda/api/admin/auth/user/default/login/tasklist")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)));
        if (login.statusCode() != 200) {
            throw new IllegalStateException(user + " could not log in to Tasklist: " + login.statusCode() + " " + login.body());
        }
        return session;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(request(path).GET());
    }

    public HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).header("Origin", base);
        cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst()
                .map(HttpCookie::getValue).ifPresent(token -> request.header("X-XSRF-TOKEN", token));
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI url(String path) {
        return URI.create(base + path);
    }
}
