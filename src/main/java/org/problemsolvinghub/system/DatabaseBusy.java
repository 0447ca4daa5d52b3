package org.problemsolvinghub.system;

import java.io.IOException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * When every database connection of this node is in use and none came free in time (Hikari's
 * {@code connection-timeout}), the request is answered 503 with {@code Retry-After}, not 500: the hub is
 * overloaded and nothing is broken. Usually nothing was written either (most requests fail at their first
 * query), but a request that commits one transaction and then opens another (a raise, then reading the plan
 * back) may have saved its first part, so the answer does not promise that and a client should look before
 * sending a change again. Most such requests fail while authenticating (the password check is the first
 * query of every request), before any controller runs, so the answer is given here, outside every other
 * filter; the Jersey applications (the engine REST API and the webapps' own APIs) say the same through their exception mappers
 * ({@link EngineRestErrors}, {@link NoConnectionEverywhere}).
 */
@Configuration
public class DatabaseBusy {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBusy.class);

    static final int RETRY_AFTER_SECONDS = 5;
    static final String DETAIL = "The hub is too busy to answer now: every database connection is in use. "
            + "Try again in a few seconds; if you were saving a change, check first whether it was saved.";

    /** Hikari's "Connection is not available, request timed out", under whichever layers wrapped it. */
    public static boolean noConnection(Throwable failure) {
        int depth = 0; // a bound, in case some library's causes form a loop
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    @Bean
    FilterRegistrationBean<Filter> databaseBusyFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    static class Filter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            try {
                chain.doFilter(request, response);
            } catch (ServletException | RuntimeException e) {
                if (!noConnection(e) || response.isCommitted()) {
                    throw e;
                }
                log.warn("{} {} answered 503: no database connection came free in time ({})", request.getMethod(),
                        request.getRequestURI(), e.getMessage());
                response.resetBuffer(); // keeps the security headers already set
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,"
                        + "\"detail\":\"" + DETAIL + "\"}");
            }
        }
    }
}
