package org.problemsolvinghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.problemsolvinghub.PostgresTestDatabase;
import org.problemsolvinghub.TasklistSession;
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
        TasklistSession tasklist = TasklistSession.login("http://localhost:" + port, "admin", ADMIN_PASSWORD);
        String taskCount = TasklistSession.ENGINE_API + "/task/count";
        assertThat(tasklist.get(taskCount).statusCode()).isEqualTo(200);

        List<Connection> taken = new ArrayList<>();
        try {
            taken.add(dataSource.getConnection());
            taken.add(dataSource.getConnection());
            HttpResponse<String> busy = tasklist.get(taskCount);
            assertThat(busy.statusCode()).as(busy.body()).isEqualTo(503);
            assertThat(busy.headers().firstValue("Retry-After")).hasValue("5");
        } finally {
            for (Connection c : taken) {
                c.close();
            }
        }
        assertThat(tasklist.get(taskCount).statusCode()).isEqualTo(200);
    }
}
