package org.problemsolvinghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.problemsolvinghub.PostgresTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A node whose every database connection is taken (here by the test, holding the pool's two) answers
 * 503 with {@code Retry-After} once Hikari's wait runs out, on the hub's API and on the engine's, and
 * answers normally as soon as a connection comes back; so do the webapps' own APIs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.hikari.maximum-pool-size=2",
        "spring.datasource.hikari.connection-timeout=250",
        // Plain HTTP here: the webapps' session and XSRF cookies must not be Secure-only.
        "HUB_SECURE_COOKIES=false"})
@ActiveProfiles("postgres")
@DirtiesContext
class DatabaseBusyIT {

    private static final String ADMIN_PASSWORD = "Busy-Node-Admin-Secret-2291";

    @DynamicPropertySource
    static void smallPool(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.productionHubOnScratch(registry, ADMIN_PASSWORD, "database-busy-test");
    }

    @Autowired
    DataSource dataSource;

    @Autowired
    TestRestTemplate rest;

    @LocalServerPort
    int port;

    @Test
    void everyConnectionTakenMeans503AndRetryAfterThenServiceAgain() throws Exception {
        TestRestTemplate admin = rest.withBasicAuth("admin", ADMIN_PASSWORD);
        assertThat(admin.getForEntity("/api/areas", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        List<Connection> taken = new ArrayList<>();
        try {
            taken.add(dataSource.getConnection());
            taken.add(dataSource.getConnection());
            for (String path : List.of("/api/areas", "/engine-rest/task?maxResults=1")) {
                ResponseEntity<String> busy = admin.getForEntity(path, String.class);
                assertThat(busy.getStatusCode()).as(path + ": " + busy.getBody()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                assertThat(busy.getHeaders().getFirst("Retry-After")).as(path).isEqualTo("5");
                assertThat(busy.getBody()).as(path).contains("too busy");
            }
        } finally {
            for (Connection c : taken) {
                c.close();
            }
        }
        assertThat(admin.getForEntity("/api/areas", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin.getForEntity("/engine-rest/task?maxResults=1", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** Tasklist's own calls (a logged-in session on the webapps' engine API, its own Jersey application) too. */
    @Test
    void tasklistsOwnApiAnswers503Too() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(url("/camunda/app/tasklist/default/")).build(),
                HttpResponse.BodyHandlers.ofString());
        String xsrf = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("XSRF-TOKEN="))
                .findFirst().map(c -> c.substring("XSRF-TOKEN=".length(), c.indexOf(';'))).orElseThrow();
        HttpResponse<String> login = browser.send(HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("X-XSRF-TOKEN", xsrf).header("Origin", "http://localhost:" + port)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=" + ADMIN_PASSWORD)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        HttpRequest taskCount = HttpRequest.newBuilder(url("/camunda/api/engine/engine/default/task/count")).build();
        assertThat(browser.send(taskCount, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        List<Connection> taken = new ArrayList<>();
        try {
            taken.add(dataSource.getConnection());
            taken.add(dataSource.getConnection());
            HttpResponse<String> busy = browser.send(taskCount, HttpResponse.BodyHandlers.ofString());
            assertThat(busy.statusCode()).as(busy.body()).isEqualTo(503);
            assertThat(busy.headers().firstValue("Retry-After")).hasValue("5");
        } finally {
            for (Connection c : taken) {
                c.close();
            }
        }
        assertThat(browser.send(taskCount, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
