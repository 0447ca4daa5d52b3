package org.problemsolvinghub.fuzz;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A valid value for a handler's parameter, worked out from its Java type and its Bean Validation
 * annotations (records field by field, enums, numbers within {@code @Min}/{@code @Max}, strings within
 * {@code @Size}, dates), with the hub's reference data from {@link Hints} where a type says too little
 * (an area's code, a ward of it, an upcoming intake). Every value it places is listed as a {@link Shape}.
 */
public final class ValidValues {

    /** Values that types cannot tell: the hub's reference data, by field name (and endpoint, where it matters). */
    public interface Hints {
        Optional<JsonNode> value(String endpoint, String field, Kind kind);
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Hints hints;
    private final String endpoint;
    private final List<Shape> shapes = new ArrayList<>();

    public ValidValues(Hints hints, String endpoint) {
        this.hints = hints;
        this.endpoint = endpoint;
    }

    public List<Shape> shapes() {
        return shapes;
    }

    public JsonNode value(Shape.Place place, List<Object> path, String name, Type type, AnnotatedElement annotations) {
        Class<?> raw = raw(type);
        Kind kind = kindOf(raw);
        shapes.add(new Shape(place, List.copyOf(path), kind, raw, annotations));
        Optional<JsonNode> hinted = hints.value(endpoint, name, kind);
        if (hinted.isPresent()) {
            return hinted.get();
        }
        return switch (kind) {
            case STRING -> JSON.textNode(text(name, annotations));
            case INTEGER -> JSON.numberNode(number(annotations));
            case DECIMAL -> JSON.numberNode(BigDecimal.valueOf(10));
            case BOOLEAN -> JSON.booleanNode(true);
            case DATE -> JSON.textNode(date(name).toString());
            case ENUM -> JSON.textNode(((Enum<?>) raw.getEnumConstants()[0]).name());
            case ARRAY -> {
                ArrayNode array = JSON.arrayNode();
                List<Object> element = new ArrayList<>(path);
                element.add(0);
                array.add(value(place, element, name, elementType(type), annotationsOfElement(type, annotations)));
                yield array;
            }
            case OBJECT -> object(place, path, raw);
        };
    }

    private JsonNode object(Shape.Place place, List<Object> path, Class<?> raw) {
        ObjectNode object = JSON.objectNode();
        if (!raw.isRecord()) {
            return object;
        }
        for (RecordComponent c : raw.getRecordComponents()) {
            List<Object> field = new ArrayList<>(path);
            field.add(c.getName());
            // Annotations on a record component land on its accessor, field and constructor parameter; the field has them all.
            AnnotatedElement annotations = fieldOf(raw, c.getName());
            object.set(c.getName(), value(place, field, c.getName(), c.getGenericType(), annotations));
        }
        return object;
    }

    static Kind kindOf(Class<?> raw) {
        if (raw == String.class) return Kind.STRING;
        if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) return Kind.INTEGER;
        if (raw == BigDecimal.class || raw == Double.class || raw == double.class) return Kind.DECIMAL;
        if (raw == Boolean.class || raw == boolean.class) return Kind.BOOLEAN;
        if (raw == LocalDate.class) return Kind.DATE;
        if (raw.isEnum()) return Kind.ENUM;
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) return Kind.ARRAY;
        return Kind.OBJECT;
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) return c;
        if (type instanceof ParameterizedType p) return (Class<?>) p.getRawType();
        if (type instanceof java.lang.reflect.AnnotatedType a) return raw(a.getType());
        return Object.class;
    }

    private static Type elementType(Type type) {
        if (type instanceof ParameterizedType p) return p.getActualTypeArguments()[0];
        if (type instanceof Class<?> c && c.isArray()) return c.getComponentType();
        return String.class;
    }

    /** {@code List<@NotBlank @Size(max=500) String>}: the element's own annotations are on the type argument. */
    private static AnnotatedElement annotationsOfElement(Type type, AnnotatedElement container) {
        if (container instanceof java.lang.reflect.Field f
                && f.getAnnotatedType() instanceof java.lang.reflect.AnnotatedParameterizedType apt) {
            return apt.getAnnotatedActualTypeArguments()[0];
        }
        return null;
    }

    private static AnnotatedElement fieldOf(Class<?> record, String name) {
        try {
            return record.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static String text(String name, AnnotatedElement annotations) {
        Size size = annotations == null ? null : annotations.getAnnotation(Size.class);
        int min = size == null ? 0 : size.min();
        int max = size == null ? 200 : Math.min(size.max(), 200);
        StringBuilder text = new StringBuilder("Fuzz " + name + " written by the fuzzer");
        while (text.length() < min) {
            text.append(", long enough for its minimum");
        }
        return text.length() > max ? text.substring(0, Math.max(max, 1)) : text.toString();
    }

    private static long number(AnnotatedElement annotations) {
        Min min = annotations == null ? null : annotations.getAnnotation(Min.class);
        Max max = annotations == null ? null : annotations.getAnnotation(Max.class);
        long value = min == null ? 1 : Math.max(min.value(), 1);
        return max == null ? value : Math.min(value, max.value());
    }

    /** Periods that end are in the past and in order; everything else that has a date is ahead. */
    static LocalDate date(String name) {
        LocalDate today = LocalDate.now();
        String n = name.toLowerCase(java.util.Locale.ROOT);
        if (n.endsWith("from")) return today.minusDays(120);
        if (n.endsWith("to") && !n.equals("to")) return today.minusDays(30);
        if (n.contains("joined")) return today.minusYears(5);
        if (n.equals("to")) return today.plusDays(60);
        if (n.equals("from")) return today.minusDays(30);
        return today.plusDays(45);
    }
}
