package org.problemsolvinghub.fuzz;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Fuzzes task completion through the engine's REST API ({@code /engine-rest/task/{id}/submit-form} and
 * {@code /complete}) on real open tasks: each kind of task has the variables its Camunda Form submits, and
 * each request spoils them one way ({@link Mutator}'s classes, inside Json lists too, plus the engine's own
 * typed values: a type that does not match its value, invalid Json, a Java-serialized object). A task that
 * a request completed is replaced by a new one of its kind. The hub's answer to a refused completion names
 * the variable at fault; a refused completion stores nothing.
 */
public final class TaskFuzzer {

    /** One kind of task: who completes it, how to get a new one open, what its form submits. */
    public record TaskKind(String name, String actor, Supplier<String> newTask, ObjectNode variables, Set<String> jsonVariables) {
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ApiEndpoint SUBMIT = new ApiEndpoint("POST", "/engine-rest/task/{id}/submit-form", null, List.of(),
            List.of(), null);
    private static final ApiEndpoint COMPLETE = new ApiEndpoint("POST", "/engine-rest/task/{id}/complete", null, List.of(),
            List.of(), null);

    private final HubClient client;
    private final Fingerprint fingerprint;
    private final FuzzTally tally;
    private final Random random;
    private final Mutator mutator;

    public TaskFuzzer(JdbcTemplate jdbc, HubClient client, FuzzTally tally) {
        this.client = client;
        this.fingerprint = new Fingerprint(jdbc);
        this.tally = tally;
        this.random = new Random(tally.seed() ^ 0x7A5C);
        this.mutator = new Mutator(random);
    }

    public void fuzz(TaskKind kind, int requests) {
        String name = "complete " + kind.name();
        tally.base(name, kind.actor());
        String task = kind.newTask().get();
        Map<String, String> state = fingerprint.take();
        for (int i = 0; i < requests; i++) {
            ApiEndpoint endpoint = random.nextBoolean() ? SUBMIT : COMPLETE;
            BaseRequest base = new BaseRequest(endpoint, kind.actor(), Map.of("id", task), Map.of(), kind.variables(),
                    shapes(kind));
            FuzzRequest plain = mutator.mutate(base);
            FuzzRequest request = engineForm(plain, kind);
            HubClient.Answer answer = client.send(kind.actor(), FuzzFixtures.PASSWORD, request);
            Verdict verdict = Verdict.of(answer, true, names(kind));
            if (verdict == Verdict.UNNAMED && cannotNameAVariable(request) && Verdict.of(answer, true, List.of("")) == Verdict.NAMED) {
                verdict = Verdict.EXPLAINED;
            }
            Map<String, String> after = fingerprint.take();
            String detail = null;
            if (answer.status() >= 400 && answer.status() < 500) {
                List<String> changes = Fingerprint.changes(state, after);
                if (!changes.isEmpty()) {
                    verdict = Verdict.HALF_STORED;
                    detail = "changed: " + changes;
                }
            }
            tally.count(name, request, answer, verdict, detail);
            state = after;
            if (answer.status() < 300 || answer.status() == 404 && request.path().contains(task)) {
                task = kind.newTask().get();
                state = fingerprint.take();
            }
        }
    }

    /** A body that is not JSON, or a task id that is not one: there is no variable to name, only what is wrong. */
    private static boolean cannotNameAVariable(FuzzRequest request) {
        // security.JavaSerializationGuard refuses a body naming the Java serialization format before any
        // variable is read: it says what is wrong, for the request as a whole.
        boolean javaSerialized = request.body() != null && new String(request.body(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("application/x-java-serialized-object");
        return javaSerialized || request.mutation() == Mutation.MALFORMED || "body".equals(request.target()) || "id".equals(request.target());
    }

    /** The form's variables and the fields inside its Json lists: what a refusal may name. */
    private static Set<String> names(TaskKind kind) {
        Set<String> names = new LinkedHashSet<>();
        names.add("variables"); // the body's one field: at fault when it is not a map of variables
        kind.variables().fieldNames().forEachRemaining(names::add);
        for (String json : kind.jsonVariables()) {
            JsonNode list = kind.variables().get(json);
            if (list == null) {
                continue;
            }
            list.forEach(item -> item.fieldNames().forEachRemaining(names::add));
        }
        return names;
    }

    private static List<Shape> shapes(TaskKind kind) {
        List<Shape> shapes = new ArrayList<>();
        shapes.add(new Shape(Shape.Place.PATH, List.of("id"), Kind.STRING, String.class, null));
        shapes.add(new Shape(Shape.Place.BODY, List.of(), Kind.OBJECT, Object.class, null));
        Iterator<Map.Entry<String, JsonNode>> vars = kind.variables().fields();
        while (vars.hasNext()) {
            var v = vars.next();
            shapes.add(new Shape(Shape.Place.BODY, List.of(v.getKey()), kindOf(v.getValue()), Object.class, null));
            if (v.getValue().isArray()) {
                for (int i = 0; i < v.getValue().size(); i++) {
                    int index = i;
                    v.getValue().get(i).fields().forEachRemaining(f -> shapes.add(new Shape(Shape.Place.BODY,
                            List.of(v.getKey(), index, f.getKey()), kindOf(f.getValue()), Object.class, null)));
                }
            }
        }
        return shapes;
    }

    private static Kind kindOf(JsonNode value) {
        if (value.isBoolean()) return Kind.BOOLEAN;
        if (value.isIntegralNumber()) return Kind.INTEGER;
        if (value.isNumber()) return Kind.DECIMAL;
        if (value.isArray()) return Kind.ARRAY;
        if (value.isObject()) return Kind.OBJECT;
        String text = value.asText();
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) return Kind.DATE;
        if (text.matches("[A-Z][A-Z_]+")) return Kind.ENUM;
        return Kind.STRING;
    }

    /**
     * The spoiled plain variables in the engine's form: {@code {"variables": {"name": {"value": ...}}}}, a
     * Json list as a Json-typed string; now and then a variable carries an engine type its value does not fit.
     */
    private FuzzRequest engineForm(FuzzRequest plain, TaskKind kind) {
        if (plain.mutation() == Mutation.MALFORMED || plain.body() == null) {
            return plain;
        }
        JsonNode variables;
        try {
            variables = MAPPER.readTree(plain.body());
        } catch (Exception e) {
            return plain;
        }
        ObjectNode body = JSON.objectNode();
        if (!(variables instanceof ObjectNode object)) {
            body.set("variables", variables);
        } else {
            ObjectNode engine = body.putObject("variables");
            object.fields().forEachRemaining(v -> {
                ObjectNode typed = engine.putObject(v.getKey());
                if (kind.jsonVariables().contains(v.getKey()) && (v.getValue().isArray() || v.getValue().isObject())) {
                    typed.put("value", v.getValue().toString());
                    typed.put("type", "Json");
                } else {
                    typed.set("value", v.getValue());
                }
            });
            if (plain.mutation() == Mutation.WRONG_TYPE && random.nextInt(3) == 0 && engine.size() > 0) {
                List<String> names = new ArrayList<>();
                engine.fieldNames().forEachRemaining(names::add);
                String victim = names.get(random.nextInt(names.size()));
                engine.set(victim, typedWrongly());
                return new FuzzRequest(plain.method(), plain.path(), plain.query(), "application/json", Mutator.bytes(body),
                        Mutation.WRONG_TYPE, victim + " (engine type)");
            }
        }
        return new FuzzRequest(plain.method(), plain.path(), plain.query(), "application/json", Mutator.bytes(body),
                plain.mutation(), plain.target());
    }

    private JsonNode typedWrongly() {
        ObjectNode v = JSON.objectNode();
        switch (random.nextInt(8)) {
            case 0 -> v.put("value", "abc").put("type", "Integer");
            case 1 -> v.put("value", "maybe").put("type", "Boolean");
            case 2 -> v.put("value", "31/12/2026").put("type", "Date");
            case 3 -> v.put("value", "[{\"measure\": ").put("type", "Json");
            case 4 -> v.put("value", "x").put("type", "NoSuchType");
            case 5 -> v.put("value", 99999999999L).put("type", "Short");
            case 6 -> {
                v.put("value", "{\"a\":1}").put("type", "Object");
                v.putObject("valueInfo").put("objectTypeName", "java.lang.ProcessBuilder")
                        .put("serializationDataFormat", "application/json");
            }
            default -> {
                v.put("value", "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcA==").put("type", "Object");
                v.putObject("valueInfo").put("objectTypeName", "java.util.HashMap")
                        .put("serializationDataFormat", "application/x-java-serialized-object");
            }
        }
        return v;
    }
}
