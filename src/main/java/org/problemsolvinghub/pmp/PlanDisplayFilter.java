package org.problemsolvinghub.pmp;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Adds what a plan's forms show ({@link PlanDisplay}) to the answer of {@code GET .../task/{id}/form-variables},
 * on the engine's REST API and on the webapps' (Tasklist opens a Camunda Form with it). Only an answer the
 * engine has already given (200: the caller may read the task) is added to; a value of the plan replaces a
 * variable of the same name (the objectives, which the forms also submit), and {@code variableNames} is
 * honoured.
 */
@Configuration
class PlanDisplayFilter {

    private static final Pattern FORM_VARIABLES = Pattern.compile("/task/([^/]+)/form-variables$");

    @Bean
    FilterRegistrationBean<FormVariablesFilter> planDisplayFormVariables(PlanDisplay display, ObjectMapper json) {
        FilterRegistrationBean<FormVariablesFilter> registration = new FilterRegistrationBean<>(
                new FormVariablesFilter(display, json));
        registration.addUrlPatterns("/engine-rest/task/*", "/camunda/api/engine/*");
        return registration;
    }

    static final class FormVariablesFilter extends OncePerRequestFilter {

        private final PlanDisplay display;
        private final ObjectMapper json;

        FormVariablesFilter(PlanDisplay display, ObjectMapper json) {
            this.display = display;
            this.json = json;
        }

        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            return !"GET".equals(request.getMethod()) || !FORM_VARIABLES.matcher(request.getRequestURI()).find();
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, answer);
            byte[] body = answer.getContentAsByteArray();
            if (answer.getStatus() == HttpServletResponse.SC_OK) {
                Matcher task = FORM_VARIABLES.matcher(request.getRequestURI());
                task.find();
                Map<String, PlanDisplay.FormValue> values = display.forTask(task.group(1));
                Set<String> asked = asked(request.getParameter("variableNames"));
                if (!values.isEmpty() && json.readTree(body) instanceof ObjectNode variables) {
                    values.forEach((name, value) -> {
                        if (asked == null || asked.contains(name)) {
                            ObjectNode variable = variables.putObject(name);
                            variable.put("type", value.type());
                            variable.set("value", json.valueToTree(value.value()));
                            variable.putObject("valueInfo");
                        }
                    });
                    body = json.writeValueAsBytes(variables);
                }
            }
            answer.resetBuffer();
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }

        /** The names asked for, or null for all. */
        private static Set<String> asked(String variableNames) {
            return variableNames == null || variableNames.isBlank() ? null
                    : Arrays.stream(variableNames.split(",")).map(String::strip).collect(Collectors.toSet());
        }
    }
}
