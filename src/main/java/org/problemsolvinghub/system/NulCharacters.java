package org.problemsolvinghub.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * PostgreSQL cannot store a NUL character (\u0000) in text, and answered a statement carrying one with an
 * error the hub passed on as a 500. The API refuses it at the door, naming the field or parameter: in a
 * JSON string (the message converter's reader) and in a query parameter.
 */
@Configuration
class NulCharacters {

    static final String MESSAGE = "contains a NUL character (\\u0000), which cannot be stored";

    /** A Module bean: Spring Boot adds it to the API's ObjectMapper beside its own modules. */
    @Bean
    SimpleModule refuseNulInJsonStrings() {
        SimpleModule module = new SimpleModule("no-nul-characters");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = super.deserialize(parser, context);
                if (value != null && value.indexOf('\u0000') >= 0) {
                    throw context.weirdStringException(value, String.class, MESSAGE);
                }
                return value;
            }
        });
        return module;
    }

    @Bean
    FilterRegistrationBean<ParameterFilter> nulParameterFilter() {
        FilterRegistrationBean<ParameterFilter> registration = new FilterRegistrationBean<>(new ParameterFilter());
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    static final class ParameterFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String query = request.getQueryString();
            if (query != null && query.toLowerCase(java.util.Locale.ROOT).contains("%00")) {
                String field = "query";
                for (var entry : request.getParameterMap().entrySet()) {
                    for (String value : entry.getValue()) {
                        if (value.indexOf('\u0000') >= 0) {
                            field = entry.getKey();
                        }
                    }
                }
                response.setStatus(400);
                response.setContentType("application/problem+json");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write(RejectedRequests.problem(400, "Invalid input", field + ": " + MESSAGE, field, MESSAGE));
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
