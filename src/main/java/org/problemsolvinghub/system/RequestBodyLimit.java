package org.problemsolvinghub.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The APIs refuse a request body larger than {@code hub.max-request-body} (1 MB: a plan with fifty actions
 * is a few kilobytes) with a 413 naming the body, before anything reads it: an 8 MB JSON string was read
 * whole, parsed and validated before being refused, and bodies the engine's guard reads into memory could
 * be as large as a client liked. Tomcat swallows the unread rest (up to {@code server.tomcat.max-swallow-size})
 * so the client still reads the answer.
 */
@Configuration
class RequestBodyLimit {

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(@Value("${hub.max-request-body:1MB}") DataSize limit) {
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(new BodyLimitFilter(limit.toBytes()));
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class BodyLimitFilter extends OncePerRequestFilter {

        private final long limit;

        BodyLimitFilter(long limit) {
            this.limit = limit;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long length = request.getContentLengthLong();
            if (length > limit) {
                response.setStatus(413);
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                String message = "at most " + limit + " bytes";
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Request too large\",\"status\":413,"
                        + "\"detail\":\"The request body is " + length + " bytes; the hub accepts " + message + ".\","
                        + "\"message\":\"body: " + message + "\",\"errors\":[{\"field\":\"body\",\"message\":\"" + message + "\"}]}");
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
