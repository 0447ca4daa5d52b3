package org.problemsolvinghub.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the database holds, in one query: the rows of every table of the hub and the engine, and the sum
 * of each table's version column (the hub's {@code version}, the engine's {@code rev_}), so that an update
 * shows as well as an insert or a delete. Equal before and after a refused request: nothing stored half-way.
 */
public final class Fingerprint {

    /** Written by the engine on its own schedule (metrics) or once at start, not by a request. */
    private static final Set<String> IGNORED = Set.of("act_ru_meter_log", "act_ru_task_meter_log", "act_ge_schema_log",
            "act_ge_property", "hub_schema_history", "flyway_schema_history");

    private final JdbcTemplate jdbc;
    private final List<String> tables = new ArrayList<>();
    private final String sql;

    public Fingerprint(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        List<String> parts = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList("""
                select t.table_name,
                       (select c.column_name from information_schema.columns c where c.table_schema = t.table_schema
                         and c.table_name = t.table_name and c.column_name in ('version', 'rev_') limit 1) as version_column
                from information_schema.tables t
                where t.table_schema = current_schema() and t.table_type = 'BASE TABLE' order by t.table_name""")) {
            String table = ((String) row.get("table_name")).toLowerCase();
            if (IGNORED.contains(table)) {
                continue;
            }
            String version = (String) row.get("version_column");
            tables.add(table);
            parts.add("select " + (tables.size() - 1) + " as i, count(*) as n, "
                    + (version == null ? "0" : "coalesce(sum(" + version + "), 0)") + " as v from " + table);
        }
        this.sql = String.join(" union all ", parts);
    }

    /** Table name → "rows/versions". */
    public Map<String, String> take() {
        Map<String, String> state = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            state.put(tables.get(rs.getInt("i")), rs.getLong("n") + "/" + rs.getLong("v"));
        });
        return state;
    }

    /** The tables whose rows or versions differ, with before → after. */
    public static List<String> changes(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        before.forEach((table, state) -> {
            if (!state.equals(after.get(table))) {
                changed.add(table + " " + state + " -> " + after.get(table));
            }
        });
        return changed;
    }
}
