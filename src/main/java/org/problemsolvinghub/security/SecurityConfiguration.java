package org.problemsolvinghub.security;

import java.util.Arrays;

import org.camunda.bpm.engine.IdentityService;
import org.problemsolvinghub.organisation.HubGroups;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Three doors into the hub:
 * <ol>
 * <li>the webapps' first-admin set-up, closed for good (the administrator comes from configuration);</li>
 * <li>the APIs ({@code /api/**}, the engine's {@code /engine-rest/**}, the OpenAPI pages and the
 * actuator): HTTP Basic against Camunda's users, no session, and the user handed to the engine so its
 * authorizations apply;</li>
 * <li>the webapps (Tasklist, Cockpit, Admin), which log users in and guard against CSRF themselves.</li>
 * </ol>
 */
@Configuration
@EnableMethodSecurity
class SecurityConfiguration {

    static final String[] API_PATHS = {"/api/**", "/engine-rest/**", "/swagger-ui.html", "/swagger-ui/**",
            "/v3/api-docs/**", "/actuator/**"};

    /**
     * Path matchers on the whole request path. The engine's REST API is a Jersey servlet, not Spring MVC,
     * so Spring Security's default MVC-based matchers would never match it and leave it open.
     */
    private static RequestMatcher paths(String... patterns) {
        PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
        return new OrRequestMatcher(Arrays.stream(patterns).map(p -> (RequestMatcher) builder.matcher(p)).toList());
    }

    /** After authentication, before the engine's APIs (its own and the webapps'). */
    @Bean
    FilterRegistrationBean<JavaSerializationGuard> javaSerializationGuard() {
        FilterRegistrationBean<JavaSerializationGuard> registration = new FilterRegistrationBean<>(new JavaSerializationGuard());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(0);
        return registration;
    }

    /** Cockpit's and Admin's APIs only for those who may open Cockpit or Admin. */
    @Bean
    FilterRegistrationBean<WebappApplicationGuard> webappApplicationGuard() {
        FilterRegistrationBean<WebappApplicationGuard> registration = new FilterRegistrationBean<>(new WebappApplicationGuard());
        registration.addUrlPatterns("/camunda/api/*");
        return registration;
    }

    /**
     * Headers every answer carries beyond Spring Security's defaults (nosniff, frame options, no caching
     * of API answers, HSTS on HTTPS requests): no referrer sent to other sites, since the hub's URLs name
     * plans and tasks; and for the JSON APIs a policy that lets nothing an answer holds run or be framed.
     * The webapps' own Content-Security-Policy comes from Camunda ({@code camunda.bpm.webapp.header-security}).
     */
    private static void hubHeaders(HeadersConfigurer<HttpSecurity> headers) {
        headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
        headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(paths("/api/**", "/engine-rest/**"),
                new StaticHeadersWriter("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")));
    }

    /**
     * Spring Security observes every filter of every request and every authorization decision when metrics
     * are on: a dozen timers started and stopped per API call, which cost about 5% of a task completion's CPU
     * (docs/performance.md) and time nothing that {@code http.server.requests} does not already time.
     * Authentications stay observed, so failed logins still show in {@code /actuator/prometheus}.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.withDefaults()
                .shouldObserveRequests(false)
                .shouldObserveAuthorizations(false)
                .build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain adminSetupClosed(HttpSecurity http) throws Exception {
        return http.securityMatcher(paths("/camunda/api/admin/setup/**", "/camunda/app/admin/*/setup/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().denyAll())
                .csrf(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, IdentityService identityService) throws Exception {
        return http.securityMatcher(paths(API_PATHS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(paths("/actuator/health", "/actuator/health/liveness",
                                "/actuator/health/readiness", "/actuator/info")).permitAll()
                        .requestMatchers(paths("/actuator/**")).hasAuthority(HubGroups.ADMIN)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Problem-Solving Hub"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No cookies are read on these paths: each request carries its own credentials, so
                // there is no session for a forged cross-site request to ride on.
                .csrf(AbstractHttpConfigurer::disable)
                .headers(SecurityConfiguration::hubHeaders)
                .addFilterAfter(new EngineAuthenticationFilter(identityService), BasicAuthenticationFilter.class)
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain webapps(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                // The webapps send their own X-XSRF-TOKEN and check it in Camunda's CSRF filter.
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(cache -> cache.disable())
                .headers(headers -> SecurityConfiguration.hubHeaders(headers
                        .frameOptions(frame -> frame.sameOrigin())
                        // Let the browser cache the webapps' scripts and styles; Camunda marks its API answers itself.
                        .cacheControl(cache -> cache.disable())))
                .build();
    }
}
