package org.problemsolvinghub.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Spoils a valid request one way at a time, chosen by a seeded {@link Random} (the same seed gives the
 * same requests): a field of the wrong type, missing or extra, huge, in unusual Unicode, carrying SQL or
 * script, a number out of range, a date malformed or out of order, an enum value that does not exist, a
 * reference to nothing, or a body that is not JSON at all.
 */
public final class Mutator {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    static final List<String> UNICODE = List.of(
            "\u202Eevil\u202C right-to-left override", "zero\u200Bwidth\u200Djoiner\uFEFF", "e\u0301\u0301\u0301\u0301 combining",
            "\uD83D\uDE93\uD83D\uDEA8 police car emoji", "\u0000nul inside", "\uFFFF\uFFFE non-characters",
            "\uD800 lone high surrogate", "\uDC00 lone low surrogate", "ｆｕｌｌｗｉｄｔｈ", "\u0130stanbul dotted capital",
            "Z̸̢̛̛a̴̛̛l̶̡̛g̸̢o̵", "line\u2028separator\u2029paragraph", "\u0007\u0008\u001B[31m control codes",
            "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 mathematical", "مرحبا بالعالم", "\t\r\n whitespace only \t", " ");

    static final List<String> INJECTION = List.of(
            "' OR '1'='1", "'; drop table pmp; --", "\" OR \"\"=\"", "1; select pg_sleep(5); --", "%' and 1=1 and '%'='",
            "<script>alert('xss')</script>", "<img src=x onerror=alert(1)>", "\"><svg onload=alert(1)>",
            "javascript:alert(1)", "${7*7}", "#{7*7}", "{{7*7}}", "${jndi:ldap://127.0.0.1/a}", "%s%s%s%n",
            "../../../../etc/passwd", "..%2f..%2fetc%2fpasswd", "\\u0000", "null", "undefined", "NaN", "[object Object]",
            "{\"$gt\": \"\"}", "*)(uid=*))(|(uid=*", "| cat /etc/passwd", "`id`", "$(id)", "PMP-COV-2026-0001' --");

    static final List<JsonNode> NUMBERS = List.of(JSON.numberNode(-1), JSON.numberNode(0), JSON.numberNode(-2147483649L),
            JSON.numberNode(Long.MIN_VALUE), JSON.numberNode(new java.math.BigInteger("9223372036854775808")),
            JSON.numberNode(new java.math.BigInteger("99999999999999999999999999999999999999")), JSON.numberNode(1.5),
            JSON.numberNode(new java.math.BigDecimal("1e400")), JSON.numberNode(new java.math.BigDecimal("-1e-400")),
            JSON.numberNode(2147483648L), JSON.textNode("NaN"), JSON.textNode("Infinity"), JSON.numberNode(-0.0));

    static final List<String> NUMBER_TEXTS = List.of("-1", "0", "-2147483649", "9223372036854775808", "1e400", "1.5",
            "NaN", "-Infinity", "0x10", "1_000", "٣", "+-1", "99999999999999999999999");

    static final List<String> BAD_DATES = List.of("2026-02-30", "2026-13-01", "31/12/2026", "2026-1-1", "0000-00-00",
            "+999999999-12-31", "-999999999-01-01", "9999-12-31", "0001-01-01", "1900-01-01", "2026-12-01T10:00:00Z",
            "tomorrow", "", "2026-12-01 00:00", "20261201");

    private final Random random;

    public Mutator(Random random) {
        this.random = random;
    }

    public FuzzRequest mutate(BaseRequest base) {
        Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
        return mutate(base, mutation);
    }

    public FuzzRequest mutate(BaseRequest base, Mutation mutation) {
        Map<String, String> path = new LinkedHashMap<>(base.pathVariables());
        Map<String, String> params = base.copyOfParams();
        JsonNode body = base.body() == null ? null : base.body().deepCopy();
        String contentType = body == null ? null : "application/json";
        byte[] raw = null;
        String target;

        Shape shape = pick(base.shapes(), mutation);
        if (mutation == Mutation.MALFORMED || shape == null && body != null && mutation != Mutation.EXTRA) {
            mutation = Mutation.MALFORMED;
            String[] malformed = malformedBody(body);
            contentType = malformed[0];
            raw = malformed[1] == null ? null : malformed[1].getBytes(StandardCharsets.UTF_8);
            if (malformed.length > 2) {
                raw = invalidUtf8();
            }
            target = "body";
        } else if (mutation == Mutation.EXTRA || shape == null) {
            mutation = Mutation.EXTRA;
            if (body instanceof ObjectNode object && random.nextBoolean()) {
                String name = pickOf(List.of("fuzzExtra", "id", "version2", "__proto__", "class", "@type", "stage", "reference"));
                object.set(name, JSON.textNode("extra"));
                target = name;
            } else {
                String name = pickOf(List.of("fuzzExtra", "page", "sort", "debug", "q"));
                params.putIfAbsent(name, pickOf(INJECTION));
                target = name;
            }
        } else {
            target = shape.field();
            JsonNode spoiled = spoil(shape, mutation, path, params, body);
            switch (shape.place()) {
                case PATH -> path.put(shape.field(), spoiled == null ? "" : spoiled.asText());
                case PARAM -> {
                    if (spoiled == null) {
                        params.remove(shape.field());
                    } else {
                        params.put(shape.field(), spoiled.isTextual() ? spoiled.textValue() : spoiled.toString());
                    }
                }
                case BODY -> body = replace(body, shape.path(), spoiled);
            }
        }
        if (raw == null && body != null && mutation != Mutation.MALFORMED) {
            raw = bytes(body);
        }
        return new FuzzRequest(base.endpoint().method(), base.path(path), query(params), contentType, raw, mutation, target);
    }

    /** A shape the mutation makes sense on; null when none does (then the body itself is spoiled). */
    private Shape pick(List<Shape> shapes, Mutation mutation) {
        List<Shape> fit = shapes.stream().filter(s -> fits(s, mutation)).toList();
        return fit.isEmpty() ? null : fit.get(random.nextInt(fit.size()));
    }

    private static boolean fits(Shape s, Mutation m) {
        return switch (m) {
            case WRONG_TYPE, MISSING, HUGE -> true;
            case UNICODE, INJECTION -> s.kind() == Kind.STRING || s.kind() == Kind.ENUM || s.place() == Shape.Place.PATH;
            case NUMBER -> s.kind() == Kind.INTEGER || s.kind() == Kind.DECIMAL;
            case DATE -> s.kind() == Kind.DATE || s.leaf().toLowerCase().endsWith("on") && s.kind() == Kind.STRING;
            case ENUM -> s.kind() == Kind.ENUM;
            case REFERENCE -> s.place() == Shape.Place.PATH || s.kind() == Kind.STRING && REFERENCES.contains(s.leaf());
            case EXTRA, MALFORMED -> false;
        };
    }

    /** Fields that name something else in the hub: an area, a ward, a person, a team, an agency, a template. */
    static final java.util.Set<String> REFERENCES = java.util.Set.of("area", "ward", "owner", "actionOfficer", "actionAgency",
            "team", "lineManager", "officer", "template", "code", "endReason", "invitedAgencies", "kind", "tactic",
            "problemType", "impact", "priority", "status");

    /** The spoiled value for one shape; null means leave it out. */
    private JsonNode spoil(Shape shape, Mutation mutation, Map<String, String> path, Map<String, String> params, JsonNode body) {
        return switch (mutation) {
            case WRONG_TYPE -> wrongType(shape);
            case MISSING -> shape.place() == Shape.Place.PATH ? JSON.textNode(pickOf(List.of(" ", "%20", "null"))) : null;
            case HUGE -> JSON.textNode(huge());
            case UNICODE -> JSON.textNode(pickOf(UNICODE));
            case INJECTION -> JSON.textNode(pickOf(INJECTION));
            case NUMBER -> shape.place() == Shape.Place.BODY ? pickOf(NUMBERS) : JSON.textNode(pickOf(NUMBER_TEXTS));
            case DATE -> date(shape, params, body);
            case ENUM -> JSON.textNode(pickOf(List.of("NOT_A_VALUE", "adopt", "", " ", "0", "-1", "ADOPT ", "Ａ", "null",
                    "<script>alert(1)</script>", "'; drop table pmp; --")));
            case REFERENCE -> JSON.textNode(unknownReference(shape, path, params, body));
            default -> throw new IllegalArgumentException(mutation.name());
        };
    }

    private JsonNode wrongType(Shape shape) {
        if (shape.place() != Shape.Place.BODY) {
            return JSON.textNode(pickOf(List.of("abc", "true", "[1]", "{}", "1.5", "null", "2026-01-01", "%00")));
        }
        List<JsonNode> others = new ArrayList<>(List.of(JSON.numberNode(42), JSON.textNode("a string"), JSON.booleanNode(true),
                JSON.objectNode().put("a", 1), JSON.arrayNode().add(1).add("two"), JSON.nullNode(), JSON.numberNode(3.25),
                JSON.textNode("")));
        others.removeIf(n -> sameType(n, shape.kind()));
        return pickOf(others);
    }

    private static boolean sameType(JsonNode n, Kind kind) {
        return switch (kind) {
            case STRING, DATE, ENUM -> n.isTextual() && !n.textValue().isEmpty();
            case INTEGER -> n.isIntegralNumber();
            case DECIMAL -> n.isNumber();
            case BOOLEAN -> n.isBoolean();
            case OBJECT -> n.isObject();
            case ARRAY -> n.isArray();
        };
    }

    private String huge() {
        int length = pickOf(List.of(1_001, 4_001, 10_000, 100_000, 1_000_000, 3_000_000));
        String unit = pickOf(List.of("a", "é", "\uD83D\uDE93", "<b>", "' OR 1=1 "));
        StringBuilder s = new StringBuilder(length + unit.length());
        while (s.length() < length) {
            s.append(unit);
        }
        return s.toString();
    }

    /** A malformed date, or a valid one that breaks an order: a period that ends before it starts, a date far off. */
    private JsonNode date(Shape shape, Map<String, String> params, JsonNode body) {
        if (random.nextBoolean()) {
            return JSON.textNode(pickOf(BAD_DATES));
        }
        String leaf = shape.leaf();
        java.time.LocalDate today = java.time.LocalDate.now();
        if (leaf.endsWith("To") || leaf.equals("to") || leaf.equals("lastDay")) {
            return JSON.textNode(today.minusYears(3).toString());
        }
        if (leaf.endsWith("From") || leaf.equals("from")) {
            return JSON.textNode(today.plusYears(3).toString());
        }
        return JSON.textNode(pickOf(List.of(today.minusYears(30), today.minusDays(1), today.plusYears(200), today))
                .toString());
    }

    private String unknownReference(Shape shape, Map<String, String> path, Map<String, String> params, JsonNode body) {
        String current = shape.place() == Shape.Place.PATH ? path.get(shape.field())
                : shape.place() == Shape.Place.PARAM ? params.get(shape.field()) : at(body, shape.path());
        List<String> unknown = new ArrayList<>(List.of("nobody", "atlantis", "PMP-XXX-2026-0001", "ROT-1999-9999",
                "x".repeat(300), "coventry ", "COVENTRY", "birmingham", "partner-coventry-council-asb", "demo", "*", "%"));
        if (current != null && !current.isEmpty()) {
            unknown.add(current.replaceAll("\\d", "9"));
            unknown.add(current.toUpperCase(java.util.Locale.ROOT) + "-X");
            unknown.add(current + "/../" + current);
        }
        return pickOf(unknown);
    }

    /** [content type, body] of a body that is not the JSON this endpoint reads. */
    private String[] malformedBody(JsonNode body) {
        String json = body == null ? "{}" : body.toString();
        return switch (random.nextInt(12)) {
            case 0 -> new String[] {"application/json", json.substring(0, json.length() / 2)};
            case 1 -> new String[] {"application/json", json + " trailing"};
            case 2 -> new String[] {"application/json", "null"};
            case 3 -> new String[] {"application/json", "[" + json + "]"};
            case 4 -> new String[] {"text/plain", json};
            case 5 -> new String[] {"application/xml", "<pmp><title>x</title></pmp>"};
            case 6 -> new String[] {"application/json", ""};
            case 7 -> new String[] {"application/json", "[".repeat(5_000) + "]".repeat(5_000)};
            case 8 -> new String[] {"application/json", null, "invalid UTF-8"};
            case 9 -> new String[] {"application/json", "{\"a\":1,\"a\":2," + json.substring(1)};
            case 10 -> new String[] {"application/x-www-form-urlencoded", "title=x&area=coventry"};
            default -> new String[] {"application/json", "{" + "\"k\":".repeat(1) + "\"" + "a".repeat(8_000_000) + "\"}"};
        };
    }

    private static byte[] invalidUtf8() {
        return new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
    }

    private static JsonNode replace(JsonNode body, List<Object> path, JsonNode value) {
        if (path.isEmpty()) {
            return value;
        }
        JsonNode parent = body;
        for (int i = 0; i < path.size() - 1; i++) {
            Object step = path.get(i);
            parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
            if (parent == null) {
                return body;
            }
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object) {
            if (value == null) {
                object.remove((String) last);
            } else {
                object.set((String) last, value);
            }
        } else if (parent instanceof ArrayNode array) {
            int index = (Integer) last;
            if (value == null) {
                array.remove(index);
            } else {
                array.set(index, value);
            }
        }
        return body;
    }

    private static String at(JsonNode body, List<Object> path) {
        JsonNode node = body;
        for (Object step : path) {
            if (node == null) {
                return null;
            }
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
        }
        return node == null ? null : node.asText();
    }

    private <T> T pickOf(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    /** UTF-8 JSON; a lone surrogate cannot be written as UTF-8, so then every non-ASCII character is escaped. */
    static byte[] bytes(JsonNode body) {
        try {
            return MAPPER.writeValueAsBytes(body);
        } catch (Exception e) {
            try {
                return MAPPER.writer().with(com.fasterxml.jackson.core.JsonGenerator.Feature.ESCAPE_NON_ASCII)
                        .writeValueAsBytes(body);
            } catch (Exception again) {
                throw new IllegalStateException(again);
            }
        }
    }

    static String query(Map<String, String> params) {
        return params.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    static String encodePath(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
