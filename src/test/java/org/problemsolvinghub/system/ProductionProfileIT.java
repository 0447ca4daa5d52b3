package org.problemsolvinghub.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.PostgresTestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.Cookie.SameSite;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The production profile from an empty PostgreSQL database: the migrations and the engine's schema
 * come up, the administrator comes from the environment, and there is no demo force. Its log, written
 * to a file from the first line with the engine's start-up at its most talkative, never holds the
 * administrator's password nor one typed wrongly at a login.
 */
@SpringBootTest(properties = {
        "logging.file.name=" + ProductionProfileIT.LOG_FILE,
        "logging.level.org.camunda.bpm.spring.boot=DEBUG",
        "logging.level.org.camunda.bpm.engine.cfg=DEBUG",
        "logging.level.org.camunda.bpm.engine.identity=DEBUG"})
@ActiveProfiles("postgres")
@AutoConfigureMockMvc
@DirtiesContext
class ProductionProfileIT {

    static final String LOG_FILE = "target/production-profile-it.log";
    private static final String ADMIN_PASSWORD = "Distinctive-Admin-Secret-4417";

    static {
        // Before the context starts (it opens the file as logging starts): this run's log only.
        try {
            Files.deleteIfExists(Path.of(LOG_FILE));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void emptyDatabase(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.productionHubOnScratch(registry, ADMIN_PASSWORD, "production-profile-test");
    }

    @Autowired
    IdentityService identityService;

    @Autowired
    HistoryService historyService;

    @Autowired
    MockMvc mvc;

    @Autowired
    ServerProperties server;

    @Autowired
    CamundaBpmProperties camunda;

    @Test
    void startsWithTheConfiguredAdministratorAndNoDemoForce() {
        assertThat(identityService.checkPassword("admin", ADMIN_PASSWORD)).isTrue();
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").userId("admin").count()).isEqualTo(1);
        assertThat(identityService.createUserQuery().userId("demo").count()).isZero();
        assertThat(identityService.createUserQuery().userId("kpatel").count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().count()).isZero();
        // The force's structure is there all the same.
        assertThat(identityService.createGroupQuery().groupId("supervisors-coventry").count()).isEqualTo(1);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void noPasswordReachesTheLog() throws Exception {
        // A user of the test's own for the wrong password: the administrator stays unlocked for the other test.
        User clumsy = identityService.newUser("clumsy-typist");
        clumsy.setFirstName("Clumsy");
        clumsy.setLastName("Typist");
        clumsy.setPassword("Right-Password-9921");
        identityService.saveUser(clumsy);
        mvc.perform(get("/api/areas").header(HttpHeaders.AUTHORIZATION, basic("clumsy-typist", "Wrong-Password-6610")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/areas").header(HttpHeaders.AUTHORIZATION, basic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk());

        String log = Files.readString(Path.of(LOG_FILE));
        assertThat(log).as("the log file is written").contains("Started ProductionProfileIT").contains("production-profile-test");
        assertThat(log).doesNotContain(ADMIN_PASSWORD).doesNotContain("Wrong-Password-6610").doesNotContain("Right-Password-9921")
                .doesNotContain(basic("admin", ADMIN_PASSWORD).substring(6))
                .doesNotContain(basic("clumsy-typist", "Wrong-Password-6610").substring(6));
    }

    @Test
    void overHttpsAnswersCarryHstsAndCookiesAreSecure() throws Exception {
        mvc.perform(get("/api/areas").secure(true).header(HttpHeaders.AUTHORIZATION, basic("admin", ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(header().string("Strict-Transport-Security", Matchers.containsString("max-age=31536000")));
        mvc.perform(get("/camunda/app/tasklist/default/").secure(true))
                .andExpect(header().string("Strict-Transport-Security", Matchers.containsString("max-age=31536000")));
        mvc.perform(get("/api/areas").header(HttpHeaders.AUTHORIZATION, basic("admin", ADMIN_PASSWORD)))
                .andExpect(header().doesNotExist("Strict-Transport-Security"));

        // Tomcat and Camunda's webapp filters write the cookies from these settings; HubTest and
        // WebappSecurityTest check the cookies themselves, over HTTP, where Secure is off by design.
        var cookie = server.getServlet().getSession().getCookie();
        assertThat(cookie.getSecure()).as("session cookie Secure").isTrue();
        assertThat(cookie.getHttpOnly()).as("session cookie HttpOnly").isTrue();
        assertThat(cookie.getSameSite()).isEqualTo(SameSite.LAX);
        assertThat(camunda.getWebapp().getCsrf().isEnableSecureCookie()).as("XSRF-TOKEN cookie Secure").isTrue();
        // A load balancer that ends TLS says so in X-Forwarded-Proto, which Tomcat trusts from private addresses only.
        assertThat(server.getForwardHeadersStrategy()).isEqualTo(ServerProperties.ForwardHeadersStrategy.NATIVE);
    }
}
