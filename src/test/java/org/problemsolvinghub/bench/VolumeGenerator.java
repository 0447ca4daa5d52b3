package org.problemsolvinghub.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Fills the volume database the way the hub fills it, fast enough for two cores:
 * <ol>
 * <li><b>Through the hub</b> (the packaged jar, its REST API, as people would): the force's people, then
 * per area a few template plans driven by them through the SARA stages: one waiting for triage, one in
 * analysis for each of the area's officers, two in their response with an action for a partner agency and
 * one for an officer, one closed (through actions, assessment and sign-off into the library) and one
 * triaged as not a PMP. Everything the engine writes for them (runtime, task authorizations, FULL history)
 * and the hub's plan rows are real.</li>
 * <li><b>In bulk SQL</b> ({@link InstanceCloner}: {@code insert ... select} over {@code generate_series}): each
 * template copied hundreds or thousands of times with new ids, references, titles and dates, so the tables
 * hold {@value #OPEN_PLANS_APPROX} open plans with their tasks, 10,000 closed plans with searchable text, and
 * 100,000 finished process instances with their history. Driving 100,000 instances through the engine would
 * take hours here; the engine path measured about 0.5 s per raise on this machine under load.</li>
 * </ol>
 * Users are inserted in SQL too, with the password hash of one created through the REST API (password {@code demo}).
 */
final class VolumeGenerator {

    /** Raise when what is generated changes: the database of another version is rebuilt. */
    static final int VERSION = 1;

    static final String PASSWORD = "demo";
    static final int OFFICERS_PER_AREA = 10;
    static final int SUPERVISORS_PER_AREA = 3;
    static final int ANALYSTS = 3;

    static final int TRIAGE_CLONES_PER_AREA = 1000;
    static final int ANALYSIS_CLONES_PER_OFFICER = 25;
    static final int RESPONSE_CLONES_PER_TEMPLATE = 90;
    static final int CLOSED_CLONES_PER_AREA = 1428;
    static final int NOT_A_PMP_CLONES_PER_AREA = 10_000;
    static final String OPEN_PLANS_APPROX = "10,100";

    /** Areas and the partner agencies that serve them, as in V1__organisation.sql. */
    record AreaInfo(String code, String referenceCode, List<String> agencies, List<String> wards) {
    }

    private final String database;
    private final List<AreaInfo> areas = new ArrayList<>();
    private final StringBuilder log = new StringBuilder();

    VolumeGenerator(String database) {
        this.database = database;
    }

    static String officer(String area, int i) {
        return String.format(Locale.ROOT, "officer-%s-%02d", area, i);
    }

    static String supervisor(String area, int i) {
        return String.format(Locale.ROOT, "supervisor-%s-%02d", area, i);
    }

    static String partnerStaff(String agency) {
        return "staff-" + agency;
    }

    static String analyst(int i) {
        return String.format(Locale.ROOT, "analyst-%02d", i);
    }

    /** Generates everything; returns a one-line summary of what the database holds. */
    String generate(boolean fromTemplates) {
        long started = System.nanoTime();
        Map<String, List<Template>> templates;
        try {
            if (fromTemplates) {
                readAreas();
                note("template plans taken from %s", VolumeDatabase.templatesName(database));
            } else {
                // First start on the empty database: Flyway, then the engine's schema, groups, grants and filters.
                try (HubProcess hub = HubProcess.start("volume-generation", database, Map.of("HUB_JOB_EXECUTOR", "false"))) {
                    note("first start on the empty database: %.1f s to /actuator/health", hub.healthSeconds());
                    readAreas(); // the areas are reference data from Flyway, there once the hub has started
                    createPeople(hub);
                    long t = System.nanoTime();
                    saveTemplates(drivePlans(hub));
                    note("template plans through the REST API: %.1f s", (System.nanoTime() - t) / 1e9);
                }
                VolumeDatabase.snapshot(database);
            }
            templates = loadTemplates();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (Connection c = VolumeDatabase.connect(database)) {
            long t = System.nanoTime();
            long rows = cloneAll(c, templates);
            note("bulk SQL copies: %,d rows in %.1f s", rows, (System.nanoTime() - t) / 1e9);
            t = System.nanoTime();
            try (Statement s = c.createStatement()) {
                s.execute("vacuum analyze");
            }
            note("vacuum analyze: %.1f s", (System.nanoTime() - t) / 1e9);
            String summary = summary(c);
            note("generated in %.0f s: %s", (System.nanoTime() - started) / 1e9, summary);
            return summary + " | " + log.toString().strip().replace("\n", "; ");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void note(String format, Object... args) {
        String line = String.format(Locale.ROOT, format, args);
        System.out.println("[volume] " + line);
        log.append(line).append('\n');
    }

    private void readAreas() throws SQLException {
        try (Connection c = VolumeDatabase.connect(database); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("""
                        select a.code, a.reference_code,
                          (select string_agg(p.code, ',' order by p.code) from partner_agency p where p.area_code = a.code),
                          (select string_agg(w.code, ',' order by w.code) from ward w where w.area_code = a.code)
                        from area a order by a.code""")) {
            while (rs.next()) {
                areas.add(new AreaInfo(rs.getString(1), rs.getString(2), List.of(rs.getString(3).split(",")),
                        List.of(rs.getString(4).split(","))));
            }
        }
    }

    /**
     * The force's people: officers and supervisors in every area, a member of staff for every partner
     * agency, analysts. One is created through the REST API; the rest are rows with its password hash.
     */
    private void createPeople(HubProcess hub) throws SQLException {
        HubClient admin = new HubClient(hub.baseUrl(), HubProcess.ADMIN, HubProcess.ADMIN_PASSWORD);
        String first = analyst(1);
        admin.postOk("/engine-rest/user/create", """
                {"profile":{"id":"%s","firstName":"Analyst","lastName":"One","email":"%s@force.example"},
                 "credentials":{"password":"%s"}}""".formatted(first, first, PASSWORD));
        Map<String, List<String>> people = new LinkedHashMap<>();
        for (AreaInfo area : areas) {
            for (int i = 1; i <= OFFICERS_PER_AREA; i++) {
                people.put(officer(area.code(), i), List.of("officers", "officers-" + area.code()));
            }
            for (int i = 1; i <= SUPERVISORS_PER_AREA; i++) {
                people.put(supervisor(area.code(), i), List.of("supervisors", "supervisors-" + area.code()));
            }
            for (String agency : area.agencies()) {
                people.put(partnerStaff(agency), List.of("partners", "partner-" + agency));
            }
        }
        for (int i = 1; i <= ANALYSTS; i++) {
            people.put(analyst(i), List.of("analysts"));
        }
        try (Connection c = VolumeDatabase.connect(database);
                PreparedStatement user = c.prepareStatement("""
                        insert into act_id_user (id_, rev_, first_, last_, email_, pwd_, salt_)
                        select ?, 1, ?, ?, ?, pwd_, salt_ from act_id_user where id_ = ?""");
                PreparedStatement member = c.prepareStatement("insert into act_id_membership (user_id_, group_id_) values (?, ?)")) {
            for (Map.Entry<String, List<String>> person : people.entrySet()) {
                String id = person.getKey();
                if (!id.equals(first)) {
                    user.setString(1, id);
                    user.setString(2, id.substring(0, id.indexOf('-')));
                    user.setString(3, id.substring(id.indexOf('-') + 1));
                    user.setString(4, id + "@force.example");
                    user.setString(5, first);
                    user.addBatch();
                }
                for (String group : person.getValue()) {
                    member.setString(1, id);
                    member.setString(2, group);
                    member.addBatch();
                }
            }
            user.executeBatch();
            member.executeBatch();
        }
        note("people: %d (officers and supervisors of every area, partner agencies' staff, analysts)", people.size());
    }

    /** A template plan: its reference, title, the root process instances it made, and what it stands for. */
    record Template(String kind, String area, String reference, String title, List<String> roots) {
    }

    private Map<String, List<Template>> drivePlans(HubProcess hub) throws SQLException {
        Map<String, List<Template>> byKind = new LinkedHashMap<>();
        for (AreaInfo area : areas) {
            PlanSteps steps = new PlanSteps(hub.baseUrl(), area);
            int k = 0;
            List<Template> made = new ArrayList<>();
            made.add(new Template("triage", area.code(), steps.raise(officer(area.code(), 1), title(area, ++k)), title(area, k), null));
            for (int i = 1; i <= OFFICERS_PER_AREA; i++) {
                String owner = officer(area.code(), i);
                String ref = steps.raise(owner, title(area, ++k));
                steps.adopt(ref, owner);
                made.add(new Template("analysis", area.code(), ref, title(area, k), null));
            }
            for (int i = 0; i < 2; i++) {
                String ref = steps.raise(officer(area.code(), 1), title(area, ++k));
                steps.toResponse(ref, officer(area.code(), 1), area.agencies().get(i % area.agencies().size()),
                        officer(area.code(), 2 + i));
                made.add(new Template("response", area.code(), ref, title(area, k), null));
            }
            String closed = steps.raise(officer(area.code(), 3), title(area, ++k));
            steps.toResponse(closed, officer(area.code(), 3), area.agencies().get(0), officer(area.code(), 4));
            steps.close(closed, officer(area.code(), 3), area.agencies().get(0), officer(area.code(), 4));
            made.add(new Template("closed", area.code(), closed, title(area, k), null));
            String rejected = steps.raise(officer(area.code(), 5), title(area, ++k));
            steps.notAPmp(rejected);
            made.add(new Template("not-a-pmp", area.code(), rejected, title(area, k), null));
            for (Template t : made) {
                byKind.computeIfAbsent(t.kind(), x -> new ArrayList<>())
                        .add(new Template(t.kind(), t.area(), t.reference(), t.title(), roots(t.reference())));
            }
        }
        return byKind;
    }

    /** Titles unique to each template, so that a clone's title replaces exactly them. */
    private static String title(AreaInfo area, int k) {
        return String.format(Locale.ROOT, "Volume template %s %02d", area.referenceCode(), k);
    }

    /** The plan's process instance and its actions' (business keys REF and REF-Ann). */
    private List<String> roots(String reference) throws SQLException {
        try (Connection c = VolumeDatabase.connect(database);
                PreparedStatement p = c.prepareStatement("select id_ from act_hi_procinst where business_key_ = ? or business_key_ like ?")) {
            p.setString(1, reference);
            p.setString(2, reference + "-A%");
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    private void saveTemplates(Map<String, List<Template>> templates) throws SQLException {
        try (Connection c = VolumeDatabase.connect(database); Statement s = c.createStatement()) {
            s.execute("create table bench_template (position serial primary key, kind text not null, area text not null,"
                    + " reference text not null, title text not null, roots varchar[] not null)");
            try (PreparedStatement p = c.prepareStatement(
                    "insert into bench_template (kind, area, reference, title, roots) values (?, ?, ?, ?, ?)")) {
                for (List<Template> ofKind : templates.values()) {
                    for (Template t : ofKind) {
                        p.setString(1, t.kind());
                        p.setString(2, t.area());
                        p.setString(3, t.reference());
                        p.setString(4, t.title());
                        p.setArray(5, c.createArrayOf("varchar", t.roots().toArray()));
                        p.addBatch();
                    }
                }
                p.executeBatch();
            }
        }
    }

    private Map<String, List<Template>> loadTemplates() throws SQLException {
        Map<String, List<Template>> byKind = new LinkedHashMap<>();
        try (Connection c = VolumeDatabase.connect(database); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select kind, area, reference, title, roots from bench_template order by position")) {
            while (rs.next()) {
                byKind.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Template(rs.getString(1),
                        rs.getString(2), rs.getString(3), rs.getString(4), List.of((String[]) rs.getArray(5).getArray())));
            }
        }
        return byKind;
    }

    /**
     * The history tables' secondary indexes, dropped while millions of rows are copied in and built again after:
     * building an index once is far cheaper than keeping it up to date row by row. Those on the process instance
     * stay: the copies find their templates' rows by them.
     */
    private List<String> dropHistoryIndexes(Connection c) throws SQLException {
        List<String[]> indexes = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select i.indexname, i.indexdef from pg_indexes i
                where i.schemaname = current_schema() and i.tablename like 'act\\_hi\\_%'
                  and i.indexdef not like 'CREATE UNIQUE%' and i.indexdef not like '%proc_inst_id_%'
                  and i.indexdef not like '%process_instance_id_%'""")) {
            while (rs.next()) {
                indexes.add(new String[] {rs.getString(1), rs.getString(2)});
            }
        }
        try (Statement s = c.createStatement()) {
            for (String[] index : indexes) {
                s.execute("drop index " + index[0]);
            }
        }
        c.commit();
        return indexes.stream().map(i -> i[1]).toList();
    }

    private long cloneAll(Connection c, Map<String, List<Template>> templates) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("set synchronous_commit = off");
        }
        List<String> historyIndexes = dropHistoryIndexes(c);
        InstanceCloner cloner = new InstanceCloner(c);
        Map<String, Integer> nextNumber = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select area_code, last_number from pmp_reference_counter where ref_year = " + LocalDate.now().getYear())) {
            while (rs.next()) {
                nextNumber.put(rs.getString(1), rs.getInt(2) + 1);
            }
        }
        long rows = 0;
        int group = 0;
        for (Map.Entry<String, List<Template>> kind : templates.entrySet()) {
            long t = System.nanoTime();
            long before = rows;
            for (Template template : kind.getValue()) {
                int count = switch (template.kind()) {
                    case "triage" -> TRIAGE_CLONES_PER_AREA;
                    case "analysis" -> ANALYSIS_CLONES_PER_OFFICER;
                    case "response" -> RESPONSE_CLONES_PER_TEMPLATE;
                    case "closed" -> CLOSED_CLONES_PER_AREA;
                    default -> NOT_A_PMP_CLONES_PER_AREA;
                };
                boolean finished = template.kind().equals("closed") || template.kind().equals("not-a-pmp");
                AreaInfo area = areas.stream().filter(a -> a.code().equals(template.area())).findFirst().orElseThrow();
                int first = nextNumber.getOrDefault(area.code(), 1);
                nextNumber.put(area.code(), first + count);
                cloner.prepareCloneSet();
                fillCloneSet(c, ++group, area, first, count, finished);
                // Fresh statistics, or the planner joins the growing plan table by scanning it once per copied row.
                try (Statement s = c.createStatement()) {
                    s.execute("analyze bench_clone");
                    s.execute("analyze pmp");
                }
                rows += cloner.cloneGroup(template.roots(), template.reference(), template.title(),
                        finished, !finished);
                c.commit();
            }
            note("%s: %d templates copied, %,d rows, %.1f s", kind.getKey(), kind.getValue().size(), rows - before,
                    (System.nanoTime() - t) / 1e9);
        }
        try (PreparedStatement p = c.prepareStatement(
                "update pmp_reference_counter set last_number = ? where area_code = ? and ref_year = ?")) {
            for (Map.Entry<String, Integer> next : nextNumber.entrySet()) {
                p.setInt(1, next.getValue() - 1);
                p.setString(2, next.getKey());
                p.setInt(3, LocalDate.now().getYear());
                p.addBatch();
            }
            p.executeBatch();
        }
        c.commit();
        long t = System.nanoTime();
        try (Statement s = c.createStatement()) {
            for (String index : historyIndexes) {
                s.execute(index);
            }
        }
        c.commit();
        note("%d history indexes built again: %.1f s", historyIndexes.size(), (System.nanoTime() - t) / 1e9);
        c.setAutoCommit(true);
        return rows;
    }

    /**
     * One row per clone: its id suffix (b0 + the group and clone number in hex, unique across the run), its
     * reference, a title and, for closed plans, the problem, lessons and library text drawn from
     * {@link LibraryWords}, and how far back its dates move (within the last 60 days for open plans, 170 for
     * finished ones, so that none has passed its history time to live of 180 days).
     */
    private void fillCloneSet(Connection c, int group, AreaInfo area, int firstNumber, int count, boolean finished)
            throws SQLException {
        String sql = """
                insert into bench_clone (n, sfx, ref, title, shift, problem_type, statement, lessons, library_text)
                select n, 'b0' || lpad(to_hex(?), 3, '0') || lpad(to_hex(n), 7, '0'),
                  'PMP-' || ? || '-' || ? || '-' || case when ? + n < 10000 then lpad((? + n)::text, 4, '0') else (? + n)::text end,
                  w.title, make_interval(days => (n * 37) %% ?, hours => n %% 11),
                  w.problem_type, w.statement, w.lessons, w.library_text
                from generate_series(0, ? - 1) n cross join lateral (%s) w""".formatted(LibraryWords.sql("n", wardName(area, group)));
        try (PreparedStatement p = c.prepareStatement(sql)) {
            int i = 1;
            p.setInt(i++, group);
            p.setString(i++, area.referenceCode());
            p.setInt(i++, LocalDate.now().getYear());
            p.setInt(i++, firstNumber);
            p.setInt(i++, firstNumber);
            p.setInt(i++, firstNumber);
            p.setInt(i++, finished ? 170 : 60);
            p.setInt(i++, count);
            p.executeUpdate();
        }
    }

    private static String wardName(AreaInfo area, int group) {
        String code = area.wards().get(group % area.wards().size());
        String name = code.substring(area.code().length() + 1).replace('-', ' ');
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private String summary(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select (select count(*) from act_ru_task),
                  (select count(*) from pmp where stage in ('TRIAGE','ANALYSIS','OBJECTIVES','RESPONSE','ASSESSMENT','SIGN_OFF')),
                  (select count(*) from pmp where stage = 'CLOSED'),
                  (select count(*) from act_hi_procinst where end_time_ is not null),
                  (select count(*) from act_ru_authorization),
                  (select count(*) from act_id_user),
                  pg_size_pretty(pg_database_size(current_database()))""")) {
            rs.next();
            return String.format(Locale.ROOT, "%,d open tasks, %,d open plans, %,d closed plans, %,d finished process"
                    + " instances, %,d authorization rows, %d users, database %s", rs.getLong(1), rs.getLong(2),
                    rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getString(7));
        }
    }

    /** Reads a JSON answer's field, for the few places the generator needs one. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
