package org.problemsolvinghub.system;

import java.util.concurrent.atomic.LongAdder;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;

import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One JSON mapper for Camunda's REST resources, where Camunda makes a new one for every request.
 *
 * <p>Camunda's {@link JacksonConfigurator} answers each look-up with a new {@code ObjectMapper}, and its resources
 * look one up as they are made, once per request. A new mapper has empty caches, so whatever the resource reads with
 * it is introspected afresh: a Tasklist page or count sends the filter's extending query, which
 * {@code FilterResourceImpl} reads into a {@code TaskQueryDto} of some hundred properties, and building that
 * deserializer was 14 to 22 % of the request threads' samples for a page (JFR, a supervisor's pages on the volume
 * database; docs/performance.md). A mapper is safe to share once configured: Jackson copies its date format for
 * each use, and Jersey's JSON provider already shares the first mapper it was given across all requests.
 *
 * <p>This resolver is configured exactly as Camunda's ({@link JacksonConfigurator#configureObjectMapper}, made again
 * if Camunda's date format is changed) and stands ahead of it ({@link Priority}: Jersey asks context resolvers in
 * order and takes the first answer). {@link Everywhere} puts it into every Jersey application of the
 * hub: {@code /engine-rest} and the engine API Tasklist and Cockpit call ({@code /camunda/api/engine}), as
 * {@link NoConnectionEverywhere} does (registered in {@code META-INF/services}).
 */
@Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
@Priority(1)
public class OneRestObjectMapper implements ContextResolver<ObjectMapper> {

    private static volatile Configured configured;
    private static final LongAdder served = new LongAdder(); // added to at every request: striped, so threads do not contend

    private record Configured(String dateFormat, ObjectMapper mapper) {
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        served.increment();
        Configured current = configured;
        String dateFormat = JacksonConfigurator.dateFormatString;
        if (current == null || !current.dateFormat().equals(dateFormat)) {
            // Made again only if Camunda's date format is changed (its servlet context listener, at start-up).
            current = new Configured(dateFormat, JacksonConfigurator.configureObjectMapper(new ObjectMapper()));
            configured = current;
        }
        return current.mapper();
    }

    /** How many times a resource or provider asked for the mapper (tests: to see that this resolver is the one asked). */
    static long served() {
        return served.sum();
    }

    public static class Everywhere implements ForcedAutoDiscoverable {

        @Override
        public void configure(FeatureContext context) {
            if (!context.getConfiguration().isRegistered(OneRestObjectMapper.class)) {
                context.register(OneRestObjectMapper.class);
            }
        }
    }
}
