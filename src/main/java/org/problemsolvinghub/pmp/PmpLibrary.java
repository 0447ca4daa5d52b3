package org.problemsolvinghub.pmp;

import java.sql.DatabaseMetaData;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.problemsolvinghub.library.LibraryHit;
import org.problemsolvinghub.library.LibraryQuery;
import org.problemsolvinghub.library.LibrarySource;
import org.problemsolvinghub.security.CurrentUser;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closed plans in the good-practice library. On PostgreSQL the search is full-text (English stemming,
 * ranked, on a GIN index); on the embedded H2 every word must appear in the plan, newest first.
 * Every closed plan is readable force-wide; a partner finds only plans their agency held an action in.
 */
@Component
class PmpLibrary implements LibrarySource {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final LibrarySearchReuse reuse;
    private final boolean postgres;

    PmpLibrary(JdbcTemplate jdbc, CurrentUser currentUser, LibrarySearchReuse reuse) throws Exception {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.reuse = reuse;
        String product = JdbcUtils.extractDatabaseMetaData(jdbc.getDataSource(), DatabaseMetaData::getDatabaseProductName);
        this.postgres = product.toLowerCase(Locale.ROOT).contains("postgres");
    }

    @Override
    public String kind() {
        return "pmp";
    }

    @Override
    public Set<String> filters() {
        return Set.of("tactic", "problemType", "impact", "area");
    }

    /** The text a closed plan is found by. */
    static String text(Pmp plan) {
        Analysis a = plan.getAnalysis();
        Assessment s = plan.getAssessment();
        return Stream.of(plan.getReference(), plan.getTitle(), plan.getProblemStatement(),
                        EnumWords.of(plan.getProblemType()),
                        a == null ? null : a.getHypothesis(), a == null ? null : a.getUnderlyingCauses(),
                        plan.getActions().stream().map(x -> EnumWords.of(x.getTactic()) + ": " + x.getDescription())
                                .collect(Collectors.joining(". ")),
                        s == null ? null : EnumWords.of(s.getOutcome()), s == null ? null : EnumWords.of(s.getImpact()),
                        s == null ? null : s.getCausedByResponse(), s == null ? null : s.getLessonsLearnt())
                .filter(x -> x != null && !x.isBlank())
                .collect(Collectors.joining("\n"));
    }

    @Override
    @Transactional(readOnly = true)
    public List<LibraryHit> search(LibraryQuery query) {
        boolean police = currentUser.isPoliceOrSystem();
        List<String> agencies = police ? List.of() : currentUser.partnerAgencies().stream().sorted().toList();
        if (!police && agencies.isEmpty()) {
            return List.of();
        }
        return reuse.answer(new LibrarySearchReuse.Key(query.q(), query.filters(), query.limit(), police, agencies),
                () -> search(query, police, agencies));
    }

    /** @param agencies when not {@code police}, the partner agencies whose plans the person may find */
    private List<LibraryHit> search(LibraryQuery query, boolean police, List<String> agencies) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select p.reference, p.title, p.problem_statement, p.lessons_learnt, p.impact, ");
        if (postgres && query.hasText()) {
            sql.append("ts_rank(p.library_tsv, websearch_to_tsquery('english', ?)) as score ");
            args.add(query.q());
        } else {
            sql.append("0 as score ");
        }
        sql.append("from pmp p where p.stage = 'CLOSED'");
        if (query.hasText()) {
            if (postgres) {
                // library_tsv: the text's vector, stored when the plan closes and GIN-indexed (V30)
                sql.append(" and p.library_tsv @@ websearch_to_tsquery('english', ?)");
                args.add(query.q());
            } else {
                for (String word : query.q().toLowerCase(Locale.ROOT).split("\\s+")) {
                    sql.append(" and lower(p.library_text) like ? escape '\\'");
                    args.add(LibraryQuery.containing(word));
                }
            }
        }
        filter(query, "problemType", ProblemType.class, " and p.problem_type = ?", sql, args);
        filter(query, "impact", Impact.class, " and p.impact = ?", sql, args);
        filter(query, "tactic", Tactic.class,
                " and exists (select 1 from pmp_action a where a.pmp_id = p.id and a.tactic = ?)", sql, args);
        if (query.filter("area") != null) {
            sql.append(" and p.area_code = ?");
            args.add(query.filter("area"));
        }
        if (!police) {
            String marks = agencies.stream().map(x -> "?").collect(Collectors.joining(", "));
            sql.append(" and (p.partner_agency_code in (").append(marks).append(") or exists (select 1 from pmp_action a"
                    + " where a.pmp_id = p.id and a.owner_agency in (").append(marks).append(")))");
            args.addAll(agencies);
            args.addAll(agencies);
        }
        sql.append(" order by score desc, p.closed_at desc limit ?");
        args.add(query.limit());
        return jdbc.query(sql.toString(), (rs, i) -> new LibraryHit("pmp", rs.getString(1), rs.getString(2),
                summary(rs.getString(3), rs.getString(4), rs.getString(5)), "/api/pmps/" + rs.getString(1),
                rs.getDouble(6)), args.toArray());
    }

    private static <E extends Enum<E>> void filter(LibraryQuery query, String name, Class<E> type, String clause,
            StringBuilder sql, List<Object> args) {
        String value = query.filter(name);
        if (value == null) {
            return;
        }
        if (Arrays.stream(type.getEnumConstants()).noneMatch(e -> e.name().equals(value))) {
            throw new InvalidInputException(name, "unknown value '" + value + "'; one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
        sql.append(clause);
        args.add(value);
    }

    private static String summary(String problem, String lessons, String impact) {
        String text = problem + (impact == null ? "" : " Impact: " + impact.toLowerCase(Locale.ROOT).replace('_', ' ') + ".")
                + (lessons == null ? "" : " Lesson: " + lessons);
        return text.length() > 400 ? text.substring(0, 397) + "..." : text;
    }
}
