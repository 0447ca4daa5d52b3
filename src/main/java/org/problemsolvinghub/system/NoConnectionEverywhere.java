package org.problemsolvinghub.system;

import jakarta.ws.rs.core.FeatureContext;

import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

/**
 * Puts {@link EngineRestErrors.NoConnection} into every Jersey application of the hub, not only the engine REST
 * API that Spring Boot configures: Camunda's webapps (Tasklist, Cockpit, Admin and the engine API they call,
 * {@code /camunda/api/*}) are Jersey applications of their own, whose exception handler answers 500 for anything.
 * Registered in {@code META-INF/services}; Jersey runs forced auto-discoverables for every application.
 */
public class NoConnectionEverywhere implements ForcedAutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        context.register(EngineRestErrors.NoConnection.class);
    }
}
