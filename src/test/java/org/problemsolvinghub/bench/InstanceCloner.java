package org.problemsolvinghub.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Copies real process instances in bulk SQL ({@code insert ... select} over a set of clones): every row
 * the engine wrote for a template instance (runtime executions, tasks, identity links, variables, jobs,
 * task authorizations, byte arrays; history of every kind at level FULL) and the hub's rows of its plan
 * ({@code pmp} and the tables under it). The engine's ids are time-based UUIDs that all end in this
 * node's 12 hex digits; a clone keeps each id's first 24 characters and ends it in {@code b0} and the clone's
 * number instead, so every copied id is new, unique, and still points at the copy of what the original pointed
 * at. Definition and deployment ids are kept: clones belong to the deployed processes. The plan's reference
 * and title are replaced wherever they appear (business keys, task names, variables), and times are moved
 * back by each clone's shift.
 *
 * <p>The clones are described by the temporary table {@code bench_clone (n, sfx, ref, title, shift, problem_type,
 * statement, lessons, library_text)} that the caller fills before each {@link #cloneGroup}.
 */
final class InstanceCloner {

    static final String UUID_HEAD = "'([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-)[0-9a-f]{12}'";

    /** Hub tables under {@code pmp}, cloned with the plan (ids are identity columns, given anew). */
    static final List<String> PLAN_CHILDREN = List.of("pmp_evidence", "pmp_objective", "pmp_action", "pmp_review", "pmp_audit");

    private final Connection c;
    private final Map<String, List<Column>> engineTables = new LinkedHashMap<>();
    private final Map<String, List<Column>> hubTables = new LinkedHashMap<>();

    record Column(String name, String type) {
        boolean text() {
            return type.equals("character varying") || type.equals("text");
        }

        boolean time() {
            return type.startsWith("timestamp");
        }

        /** Columns that hold ids of the instance's own rows (and so are renumbered in a clone). */
        boolean instanceId() {
            if (name.contains("def_id_") || name.equals("deployment_id_") || name.equals("dec_req_id_")
                    || name.equals("tenant_id_") || name.equals("user_id_") || name.equals("group_id_")
                    || name.endsWith("act_id_") || name.equals("activity_id_") || name.endsWith("user_id_")
                    || name.equals("clause_id_") || name.equals("rule_id_") || name.equals("assigner_id_")) {
                return false;
            }
            return name.endsWith("id_") || name.equals("var_scope_") || name.equals("super_exec_")
                    || name.equals("process_instance_id");
        }
    }

    InstanceCloner(Connection c) throws SQLException {
        this.c = c;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select table_name, column_name, data_type from information_schema.columns
                where table_schema = current_schema() and (table_name like 'act\\_ru\\_%' or table_name like 'act\\_hi\\_%'
                    or table_name = 'act_ge_bytearray' or table_name = 'pmp' or table_name in ('pmp_evidence',
                    'pmp_objective', 'pmp_action', 'pmp_review', 'pmp_audit'))
                  and is_generated = 'NEVER'
                order by table_name, ordinal_position""")) {
            while (rs.next()) {
                String table = rs.getString(1);
                Map<String, List<Column>> into = table.startsWith("act_") ? engineTables : hubTables;
                into.computeIfAbsent(table, t -> new ArrayList<>()).add(new Column(rs.getString(2), rs.getString(3)));
            }
        }
        engineTables.keySet().removeIf(t -> selector(t) == null);
        // Foreign keys are checked at the end of each statement: referenced rows are copied first.
        List<String> first = List.of("act_ge_bytearray", "act_ru_execution", "act_ru_task");
        Map<String, List<Column>> ordered = new LinkedHashMap<>();
        first.forEach(t -> ordered.put(t, engineTables.get(t)));
        ordered.putAll(engineTables);
        engineTables.clear();
        engineTables.putAll(ordered);
    }

    /** The temporary table describing the clones of the next group. */
    void prepareCloneSet() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    create temporary table if not exists bench_clone (n integer primary key, sfx text not null,
                        ref text not null, title text not null, shift interval not null, problem_type text,
                        statement text, lessons text, library_text text)""");
            s.execute("truncate bench_clone");
        }
    }

    /**
     * Copies the template group (its root process instances, e.g. a plan and its actions' processes) once per
     * row of {@code bench_clone}; returns the rows inserted.
     */
    long cloneGroup(List<String> roots, String templateReference, String templateTitle, boolean closedText,
            boolean keepJobTimes) throws SQLException {
        long rows = 0;
        Array rootArray = c.createArrayOf("varchar", roots.toArray());
        for (Map.Entry<String, List<Column>> table : engineTables.entrySet()) {
            String name = table.getKey();
            List<Column> columns = table.getValue();
            String select = columns.stream()
                    .map(col -> engineExpression(name, col, keepJobTimes, templateReference, templateTitle))
                    .collect(Collectors.joining(", "));
            String sql = "insert into " + name + " (" + columns.stream().map(Column::name).collect(Collectors.joining(", "))
                    + ") select " + select + " from " + name + " t cross join bench_clone g where " + selector(name);
            rows += run(sql, rootArray);
        }
        rows += clonePlan(templateReference, templateTitle, closedText);
        return rows;
    }

    private long clonePlan(String reference, String title, boolean closedText) throws SQLException {
        List<Column> planColumns = hubTables.get("pmp").stream().filter(col -> !col.name().equals("id")).toList();
        String select = planColumns.stream().map(col -> switch (col.name()) {
            case "reference" -> "g.ref";
            case "title" -> "g.title";
            case "problem_type" -> "coalesce(g.problem_type, t.problem_type)";
            case "problem_statement" -> "coalesce(g.statement, t.problem_statement)";
            case "lessons_learnt" -> closedText ? "case when t.lessons_learnt is null then null else g.lessons end"
                    : hubExpression(col, reference, title);
            case "library_text" -> closedText ? "case when t.library_text is null then null else g.library_text end"
                    : hubExpression(col, reference, title);
            default -> hubExpression(col, reference, title);
        }).collect(Collectors.joining(", "));
        long rows = run("insert into pmp (" + names(planColumns) + ") select " + select
                + " from pmp t cross join bench_clone g where t.reference = " + literal(reference), null);
        for (String child : PLAN_CHILDREN) {
            List<Column> columns = hubTables.get(child).stream().filter(col -> !col.name().equals("id")).toList();
            String childSelect = columns.stream()
                    .map(col -> col.name().equals("pmp_id") ? "np.id" : hubExpression(col, reference, title))
                    .collect(Collectors.joining(", "));
            rows += run("insert into " + child + " (" + names(columns) + ") select " + childSelect + " from " + child
                    + " t join pmp tp on tp.id = t.pmp_id and tp.reference = " + literal(reference)
                    + " cross join bench_clone g join pmp np on np.reference = g.ref", null);
        }
        return rows;
    }

    private static String names(List<Column> columns) {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }

    private static String engineExpression(String table, Column col, boolean keepJobTimes, String reference, String title) {
        String t = "t." + col.name();
        if (col.text() && col.instanceId()) {
            return renumbered(t);
        }
        if (col.text()) {
            return replaced(t, reference, title);
        }
        if (col.time()) {
            boolean jobDate = table.equals("act_ru_job") && keepJobTimes;
            return jobDate ? t : t + " - g.shift";
        }
        return t;
    }

    /** Most ids are a bare UUID, renumbered by string cutting; the rest (activity instance ids) by a regular expression. */
    private static String renumbered(String t) {
        return "case when length(" + t + ") = 36 then left(" + t + ", 24) || g.sfx else regexp_replace(" + t + ", "
                + UUID_HEAD + ", '\\1' || g.sfx, 'g') end";
    }

    private static String replaced(String expression, String reference, String title) {
        return "replace(replace(" + expression + ", " + literal(reference) + ", g.ref), " + literal(title) + ", g.title)";
    }

    private static String hubExpression(Column col, String reference, String title) {
        String t = "t." + col.name();
        if (col.name().equals("process_instance_id")) {
            return renumbered(t);
        }
        if (col.text()) {
            return replaced(t, reference, title);
        }
        if (col.time()) {
            return t + " - g.shift";
        }
        return t;
    }

    /** Which rows of a table belong to the template's root instances; null for tables with no instance rows. */
    private String selector(String table) {
        switch (table) {
            case "act_ru_identitylink":
                return "t.task_id_ in (select id_ from act_ru_task where proc_inst_id_ = any(?))";
            case "act_ru_authorization":
                return "(t.resource_id_ in (select id_ from act_ru_task where proc_inst_id_ = any(?)) or t.resource_id_ = any(?))";
            case "act_ge_bytearray":
                return "(t.root_proc_inst_id_ = any(?) or t.id_ in (select bytearray_id_ from act_ru_variable"
                        + " where proc_inst_id_ = any(?)))";
            default:
                // Not every row carries its root (a child execution's root_proc_inst_id_ is null): any of them will do.
                List<String> names = engineTables.get(table).stream().map(Column::name).toList();
                String any = List.of("root_proc_inst_id_", "proc_inst_id_", "process_instance_id_").stream()
                        .filter(names::contains).map(column -> "t." + column + " = any(?)")
                        .collect(Collectors.joining(" or "));
                return any.isEmpty() ? null : "(" + any + ")";
        }
    }

    /** Binds every mark, all of them the template's root instance ids. */
    private long run(String sql, Array roots) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int marks = (int) sql.chars().filter(ch -> ch == '?').count();
            for (int i = 1; i <= marks; i++) {
                p.setArray(i, roots);
            }
            return p.executeLargeUpdate();
        }
    }

    /** A string literal: the template's reference and title are the generator's own, quoted all the same. */
    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }
}
