package org.problemsolvinghub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.extension.ExtendWith;
import org.problemsolvinghub.HubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.FilterChainProxy;

import jakarta.servlet.Filter;

/**
 * Issue #8: Spring Security's chain runs without first asking Spring MVC where each request goes
 * ({@link NoMvcIntrospection}), nothing in the hub needs the answer, and the doors stay shut.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoMvcIntrospectionTest extends HubTest {

    @Autowired
    @Qualifier(NoMvcIntrospection.CHAIN)
    Filter springSecurityFilterChain;

    @Test
    void theChainRunsNoFilterOfSpringMvcsIntrospector() throws Exception {
        List<String> filters = new ArrayList<>();
        collect(springSecurityFilterChain, filters);
        assertThat(filters).as("the filters the chain runs before Spring Security's own")
                .anyMatch(f -> f.contains("ServletRequestPathFilter"))
                .noneMatch(f -> f.contains("HandlerMappingIntrospector"));
    }

    /** The class names of the filters a composite runs, read from their fields, wrappers within wrappers included. */
    private static void collect(Object filter, List<String> into) throws IllegalAccessException {
        into.add(filter.getClass().getName());
        if (filter instanceof FilterChainProxy && filter.getClass() == FilterChainProxy.class) {
            return; // Spring Security's own chain
        }
        for (Class<?> type = filter.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getName().equals("springSecurityFilterChain")) {
                    continue;
                }
                field.setAccessible(true);
                Object value = field.get(filter);
                if (value instanceof Filter inner) {
                    collect(inner, into);
                } else if (value instanceof Collection<?> members) {
                    for (Object member : members) {
                        if (member instanceof Filter inner) {
                            collect(inner, into);
                        }
                    }
                }
            }
        }
    }

    /**
     * Were anything in the hub to ask Spring MVC's introspector during a request, now that nothing keeps its answer,
     * Spring would log a cache miss: at WARN the first time in a JVM, at TRACE every time, so TRACE here.
     */
    @Test
    void nothingAsksSpringMvcsIntrospectorDuringARequest(CapturedOutput output) {
        Logger handlers = (Logger) LoggerFactory.getLogger("org.springframework.web.servlet.handler");
        Level before = handlers.getLevel();
        handlers.setLevel(Level.TRACE);
        try {
            assertThat(as("ljones").getForEntity("/api/areas", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(as("ljones").getForEntity("/engine-rest/filter?resourceType=Task&maxResults=50", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(rest.getForEntity("/api/areas", String.class).getStatusCode()).as("still shut without a login")
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(rest.getForEntity("/camunda/app/tasklist/default/", String.class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(rest.getForEntity("/no/such/page", String.class).getStatusCode().is4xxClientError()).isTrue();
        } finally {
            handlers.setLevel(before);
        }
        assertThat(output.getAll()).as("Spring MVC's introspector asked without a kept answer")
                .doesNotContain("Cache miss");
    }
}
