package org.problemsolvinghub.system;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.ParsePosition;
import java.text.SimpleDateFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Variables sent to the engine's REST API (task completion, process start, variable updates) that the
 * database cannot store were 500s from deep in the engine: a String over 4,000 characters (the engine's
 * {@code TEXT_} column; found with 20 KB of notes in an action's {@code actionNotes}), a NUL character
 * (PostgreSQL refuses it in text; {@code responseNotes} "\u0000nul inside"), and a Json variable whose value
 * is not JSON ({@code objectives} = "[{\"measure\": "). They are refused here with a 400 naming the variable,
 * before anything is stored. A body that is not JSON at all was a 400 with an empty message (or a bare text
 * line): it now says what is wrong.
 */
@Configuration
class EngineVariableGuard {

    /** The engine keeps a String variable in a varchar(4000) column. */
    static final int MAX_STRING = 4000;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The engine's value types, as its REST API names them (lower-cased). */
    static final java.util.Set<String> TYPES = java.util.Set.of("string", "boolean", "integer", "long", "short", "double",
            "date", "json", "xml", "null", "object", "bytes", "file", "number");

    /** The JSON mappers on {@code /engine-rest}; the variable filter is in every Jersey application ({@link Everywhere}). */
    @Bean
    ResourceConfigCustomizer engineVariableGuards() {
        return config -> {
            config.register(UnreadableJson.class);
            config.register(UnparsableJson.class);
            config.register(UnmappableJson.class);
        };
    }

    /**
     * Puts {@link VariableFilter} into every Jersey application of the hub: {@code /engine-rest}, and the engine API
     * that Tasklist and Cockpit call ({@code /camunda/api/engine/...}), an application of Camunda's webapps where a
     * variable with a NUL character was a 500 from the database. Registered in {@code META-INF/services}, as
     * {@link NoConnectionEverywhere} is; the JSON mappers stay on {@code /engine-rest}, whose answers they shape.
     */
    public static class Everywhere implements org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable {

        @Override
        public void configure(jakarta.ws.rs.core.FeatureContext context) {
            context.register(VariableFilter.class);
        }
    }

    @Priority(Priorities.ENTITY_CODER)
    public static class VariableFilter implements ContainerRequestFilter {

        @Override
        public void filter(ContainerRequestContext request) throws IOException {
            String method = request.getMethod();
            if (!("POST".equals(method) || "PUT".equals(method)) || !request.hasEntity()
                    || request.getMediaType() == null || !request.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return;
            }
            byte[] body = request.getEntityStream().readAllBytes();
            request.setEntityStream(new ByteArrayInputStream(body));
            JsonNode json;
            try {
                json = MAPPER.readTree(body);
            } catch (IOException e) {
                return; // the resource's own reading answers it (see UnreadableJson)
            }
            if (json != null && json.isNull()) {
                // POST /task/{id}/submit-form with the body "null" was a NullPointerException, answered 500.
                request.abortWith(invalid("body: send a JSON object, not null"));
                return;
            }
            if (json == null || !json.isObject()) {
                return;
            }
            String problem = check(json.get("variables"));
            if (problem == null) {
                problem = check(json.get("modifications"));
            }
            if (problem == null && json.has("value") && request.getUriInfo().getPath().contains("/variables/")) {
                String path = request.getUriInfo().getPath();
                problem = checkOne(path.substring(path.lastIndexOf('/') + 1), json);
            }
            if (problem != null) {
                request.abortWith(invalid(problem));
            }
        }

        private static String check(JsonNode variables) {
            if (variables == null || !variables.isObject()) {
                return null;
            }
            Iterator<Map.Entry<String, JsonNode>> fields = variables.fields();
            while (fields.hasNext()) {
                var variable = fields.next();
                String problem = checkOne(variable.getKey(), variable.getValue());
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }

        private static String checkOne(String name, JsonNode variable) {
            if (variable == null || !variable.isObject()) {
                return null;
            }
            JsonNode value = variable.get("value");
            String type = variable.path("type").asText("").toLowerCase(Locale.ROOT);
            if (containsNul(value)) {
                return nulRefused(name);
            }
            if (!type.isEmpty() && !TYPES.contains(type)) {
                return name + ": unknown type '" + variable.path("type").asText() + "'";
            }
            if (type.equals("object")) {
                // The hub's processes keep typed values only; an Object names a Java class for the engine to
                // build, which it failed to do with a 500 (a fuzzed java.lang.ProcessBuilder in "impact").
                return name + ": the hub takes no Object values; send a String, Number, Boolean, Date or Json";
            }
            if (value != null && !value.isNull() && !fits(type, value)) {
                return name + ": the value does not fit its type " + variable.path("type").asText();
            }
            if (value != null && value.isTextual()) {
                if ((type.isEmpty() || type.equals("string")) && value.textValue().length() > MAX_STRING) {
                    return name + ": at most " + MAX_STRING + " characters (it has " + value.textValue().length() + ")";
                }
                if (type.equals("json")) {
                    JsonNode parsed;
                    try {
                        parsed = MAPPER.readTree(value.textValue());
                    } catch (IOException e) {
                        return name + ": is of type Json but its value is not JSON";
                    }
                    // A NUL written as an escape in the JSON text is a NUL once read (the fuzzing drill's
                    // objectives[0].measure), and PostgreSQL refuses it wherever the hub stores it.
                    if (containsNul(parsed)) {
                        return nulRefused(name);
                    }
                }
            }
            return null;
        }

        /** Numbers within their type's range, booleans as booleans: what the engine would otherwise fail to convert. */
        private static boolean fits(String type, JsonNode value) {
            if (value.isTextual()) {
                return fitsText(type, value.textValue());
            }
            return switch (type) {
                case "short" -> value.canConvertToInt() && value.isIntegralNumber() && Math.abs(value.intValue()) <= Short.MAX_VALUE;
                case "integer" -> value.isIntegralNumber() && value.canConvertToInt();
                case "long" -> value.isIntegralNumber() && value.canConvertToLong();
                case "double" -> value.isNumber();
                case "boolean" -> value.isBoolean();
                default -> true;
            };
        }

        private static boolean fitsText(String type, String text) {
            try {
                return switch (type) {
                    case "short" -> { Short.parseShort(text.strip()); yield true; }
                    case "integer" -> { Integer.parseInt(text.strip()); yield true; }
                    case "long" -> { Long.parseLong(text.strip()); yield true; }
                    case "double" -> { Double.parseDouble(text.strip()); yield true; }
                    case "boolean" -> text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
                    case "date" -> isEngineDate(text.strip());
                    default -> true;
                };
            } catch (NumberFormatException e) {
                return false;
            }
        }

        /**
         * The engine REST API's date format (yyyy-MM-dd'T'HH:mm:ss.SSSZ); anything else it refused with
         * "Cannot convert value ... to java type java.util.Date", naming no variable.
         */
        private static boolean isEngineDate(String text) {
            SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT);
            format.setLenient(false);
            ParsePosition position = new ParsePosition(0);
            return format.parse(text, position) != null && position.getIndex() == text.length();
        }

        /** PostgreSQL refuses NUL in text wherever the hub would store it. */
        private static String nulRefused(String name) {
            return name + ": contains a NUL character (\\u0000), which cannot be stored";
        }

        private static boolean containsNul(JsonNode node) {
            if (node == null) {
                return false;
            }
            if (node.isTextual()) {
                return node.textValue().indexOf('\u0000') >= 0;
            }
            for (JsonNode child : node) {
                if (containsNul(child)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A body Jackson cannot read (not JSON, or JSON of another shape): 400 saying so, in the engine's error form. */
    @Priority(Priorities.USER - 100)
    public static class UnreadableJson implements ExceptionMapper<JacksonException> {

        @Override
        public Response toResponse(JacksonException exception) {
            return answer(exception);
        }

        static Response answer(JacksonException exception) {
            String where = exception.getLocation() == null ? ""
                    : " (line " + exception.getLocation().getLineNr() + ", column " + exception.getLocation().getColumnNr() + ")";
            String field = exception instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                    && !mapping.getPath().isEmpty() && mapping.getPath().get(0).getFieldName() != null
                    ? mapping.getPath().get(0).getFieldName() + ": " : "body: ";
            return invalid(field + "the request body is not the JSON this endpoint reads" + where);
        }
    }

    /** Jersey picks the mapper nearest the exception's class: these stand beside Camunda's own for the same types. */
    @Priority(Priorities.USER - 100)
    public static class UnparsableJson implements ExceptionMapper<com.fasterxml.jackson.core.JsonParseException> {

        @Override
        public Response toResponse(com.fasterxml.jackson.core.JsonParseException exception) {
            return UnreadableJson.answer(exception);
        }
    }

    @Priority(Priorities.USER - 100)
    public static class UnmappableJson implements ExceptionMapper<com.fasterxml.jackson.databind.JsonMappingException> {

        @Override
        public Response toResponse(com.fasterxml.jackson.databind.JsonMappingException exception) {
            return UnreadableJson.answer(exception);
        }
    }

    static Response invalid(String message) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("type", "InvalidRequestException", "message", message)).build();
    }
}
