package org.problemsolvinghub.learning.webinar;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Themes from the plans, open or closed within the window, read from the plan tables (learning keeps
 * out of the plan feature's code): the most common problem types, the tactics most used, and the
 * quality checks plans most often fail, each turned into a theme an advisor could run a session on.
 */
@Component
class PmpThemeSource implements ThemeSource {

    /** Which lesson a failed quality check points to (codes of pmp.QualityCheck). */
    private static final Map<String, String> LESSON_OF_CHECK = Map.ofEntries(
            Map.entry("SCANNING_SOURCES", "Scanning: resting a problem on two sources"),
            Map.entry("ANALYSIS_TRIANGLE", "Analysis: all three sides of the problem analysis triangle"),
            Map.entry("HYPOTHESIS", "Analysis: a hypothesis before the response"),
            Map.entry("OBJECTIVES_SET", "Objectives: measures, baselines and targets"),
            Map.entry("OBJECTIVE_TARGET_AFTER_BASELINE", "Objectives: measures, baselines and targets"),
            Map.entry("ACTIONS_SET", "Responses: an action plan that matches the analysis"),
            Map.entry("ENFORCEMENT_ONLY", "Responses beyond enforcement"),
            Map.entry("ACTIONS_FINISHED", "Keeping actions moving with partners"),
            Map.entry("AFTER_FIGURES", "Assessment: measuring before and after"),
            Map.entry("EQUAL_PERIODS", "Assessment: measuring before and after"),
            Map.entry("CAUSATION", "Assessment: did the response cause the change?"),
            Map.entry("DISPLACEMENT", "Assessment: checking displacement"),
            Map.entry("LESSON", "Writing lessons a stranger could reuse"));

    private static final String IN_WINDOW = "(p.updated_at >= ? or p.stage not in ('NOT_A_PMP', 'DUPLICATE', 'PARTNER_LED', 'CLOSED'))";

    private final JdbcTemplate jdbc;

    PmpThemeSource(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ThemeSuggestion> suggest(Instant since) {
        Timestamp from = Timestamp.from(since);
        List<ThemeSuggestion> suggestions = new ArrayList<>();
        jdbc.query("select p.problem_type, count(*) from pmp p where " + IN_WINDOW
                        + " group by p.problem_type order by count(*) desc",
                rs -> {
                    int n = rs.getInt(2);
                    suggestions.add(new ThemeSuggestion("Problem type: " + words(rs.getString(1)), "plans", n,
                            n + (n == 1 ? " plan" : " plans") + " of this type open or recently closed"));
                }, from);
        jdbc.query("select a.tactic, count(*) from pmp_action a join pmp p on p.id = a.pmp_id where " + IN_WINDOW
                        + " group by a.tactic order by count(*) desc",
                rs -> {
                    int n = rs.getInt(2);
                    suggestions.add(new ThemeSuggestion("Tactic: " + words(rs.getString(1)), "plans", n,
                            n + (n == 1 ? " action uses" : " actions use") + " this tactic"));
                }, from);
        Map<String, Integer> failures = new LinkedHashMap<>();
        jdbc.query("select p.quality_findings from pmp p where p.quality_findings is not null and " + IN_WINDOW,
                rs -> {
                    rs.getString(1).lines().map(line -> line.split("\\|", 2)[0]).distinct()
                            .map(LESSON_OF_CHECK::get).filter(lesson -> lesson != null)
                            .forEach(lesson -> failures.merge(lesson, 1, Integer::sum));
                }, from);
        failures.forEach((lesson, n) -> suggestions.add(new ThemeSuggestion(lesson, "plans", n,
                n + (n == 1 ? " plan misses" : " plans miss") + " this in the hub's quality checks")));
        return suggestions;
    }

    private static String words(String code) {
        return code == null ? "not recorded" : code.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
