package org.problemsolvinghub.pmp;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.problemsolvinghub.system.HubClock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Who changed what and when, for every field of a plan. It compares the plan as the API shows it before
 * and after each change, field by field (objectives[1].target, actions[0].status...), so a field added
 * to the plan later is audited without anyone remembering to.
 */
@Component
class PlanAudit {

    /** Fields that change with every save and say nothing about what people wrote. */
    private static final Set<String> IGNORED = Set.of("version", "quality");

    private static final int COLUMNS = 6;
    private static final int ROWS_PER_STATEMENT = 500;

    record Entry(Instant changedAt, String changedBy, String field, String oldValue, String newValue) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    PlanAudit(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Map<String, String> snapshot(PmpView view) {
        Map<String, String> fields = new TreeMap<>();
        flatten("", json.valueToTree(view), fields);
        return fields;
    }

    /** One part of the plan (an action) as it appears at {@code path} in the whole plan's snapshot. */
    Map<String, String> snapshot(String path, Object part) {
        Map<String, String> fields = new TreeMap<>();
        flatten(path, json.valueToTree(part), fields);
        return fields;
    }

    void record(long pmpId, String userId, Map<String, String> before, Map<String, String> after) {
        Timestamp at = Timestamp.from(HubClock.now());
        Set<String> names = new java.util.TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<Object> values = new ArrayList<>();
        for (String field : names) {
            String old = before.get(field);
            String now = after.get(field);
            if (!Objects.equals(old, now)) {
                values.addAll(Arrays.asList(pmpId, at, userId, field, cut(old), cut(now)));
            }
        }
        insert(values);
    }

    /**
     * One statement per change however many fields moved (a stage's form moves a dozen), each field still
     * its own row, in field order; very large changes go in slices to stay within the driver's parameter limit.
     */
    private void insert(List<Object> values) {
        for (int from = 0; from < values.size(); from += ROWS_PER_STATEMENT * COLUMNS) {
            List<Object> slice = values.subList(from, Math.min(values.size(), from + ROWS_PER_STATEMENT * COLUMNS));
            jdbc.update("insert into pmp_audit (pmp_id, changed_at, changed_by, field, old_value, new_value) values "
                    + String.join(", ", Collections.nCopies(slice.size() / COLUMNS, "(?, ?, ?, ?, ?, ?)")), slice.toArray());
        }
    }

    List<Entry> entries(long pmpId) {
        return jdbc.query("select changed_at, changed_by, field, old_value, new_value from pmp_audit where pmp_id = ? order by id",
                (rs, i) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)), pmpId);
    }

    private static void flatten(String path, JsonNode node, Map<String, String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (!(path.isEmpty() && IGNORED.contains(e.getKey()))) {
                    flatten(path.isEmpty() ? e.getKey() : path + "." + e.getKey(), e.getValue(), out);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(path + "[" + i + "]", node.get(i), out);
            }
        } else if (!node.isNull()) {
            out.put(path, node.asText());
        }
    }

    private static String cut(String value) {
        return value == null || value.length() <= 4000 ? value : value.substring(0, 3997) + "...";
    }
}
