package org.problemsolvinghub.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/** The 503 for a node out of database connections, layer by layer; {@link DatabaseBusyIT} runs it for real. */
class DatabaseBusyTest {

    private static final SQLTransientConnectionException TIMED_OUT = new SQLTransientConnectionException(
            "HikariPool-1 - Connection is not available, request timed out after 250ms.");

    @Test
    void findsHikarisTimeOutUnderAnyWrapping() {
        assertThat(DatabaseBusy.noConnection(TIMED_OUT)).isTrue();
        assertThat(DatabaseBusy.noConnection(new ServletException("Request processing failed",
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction", TIMED_OUT)))).isTrue();
        assertThat(DatabaseBusy.noConnection(new IllegalStateException("no"))).isFalse();
        assertThat(DatabaseBusy.noConnection(new ProcessEngineException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseBusy.noConnection(null)).isFalse();
    }

    @Test
    void theFilterAnswers503WithRetryAfter() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/pmps");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new DatabaseBusy.Filter().doFilter(request, response, (req, res) -> {
            throw new ServletException("Request processing failed", new ProcessEngineException(TIMED_OUT));
        });
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503").contains("too busy");
    }

    @Test
    void theFilterLeavesOtherFailuresAlone() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThatThrownBy(() -> new DatabaseBusy.Filter().doFilter(new MockHttpServletRequest("GET", "/api/pmps"),
                response, (req, res) -> {
                    throw new IllegalStateException("a bug");
                })).isInstanceOf(IllegalStateException.class).hasMessage("a bug");
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void theEngineRestApiAnswers503Too() {
        Response fromEngine = EngineRestErrors.answer(new ProcessEngineException("Could not open connection", TIMED_OUT));
        Response fromTransaction = new EngineRestErrors.NoConnection().toResponse(
                new CannotCreateTransactionException("Could not open JDBC Connection for transaction", TIMED_OUT));
        for (Response answer : new Response[] {fromEngine, fromTransaction}) {
            assertThat(answer.getStatus()).isEqualTo(503);
            assertThat(answer.getHeaderString("Retry-After")).isEqualTo("5");
        }
    }
}
