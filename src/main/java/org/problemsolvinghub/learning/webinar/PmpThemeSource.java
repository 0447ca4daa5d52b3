package org.problemsolvinghub.learning.webinar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Themes from the plans: open plans and those closed within the window, read straight from the
 * {@code pmp} table (learning keeps out of the plan feature's code). What plans record today is their
 * stage, triage outcome, priority, ward and title, so the suggestions are: the SARA step most plans are
 * stuck at or fail, the share of high-priority plans, the wards with most plans, and the words most
 * plan titles share (the closest thing to a problem type until plans record one).
 */
@Component
class PmpThemeSource implements ThemeSource {

    /** Stages a plan leaves the SARA cycle at; every other stage is open. */
    static final Set<String> CLOSED_STAGES = Set.of("NOT_A_PMP", "DUPLICATE", "PARTNER_LED", "CLOSED");

    /** What a cluster of plans at a stage or outcome says the force could learn. */
    private static final Map<String, String> LESSON_OF_STAGE = Map.of(
            "TRIAGE", "Scanning: the CHEERS test and what makes a problem a PMP",
            "NOT_A_PMP", "Scanning: the CHEERS test and what makes a problem a PMP",
            "ANALYSIS", "Analysis: the problem analysis triangle and a hypothesis",
            "ANALYSED", "Objectives and responses: from analysis to a plan that works",
            "PARTNER_LED", "Working with partners: joint plans and handing over to an agency",
            "DUPLICATE", "Finding existing plans before raising a new one");

    private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "with", "from", "near", "outside",
            "behind", "off", "into", "onto", "around", "road", "street", "lane", "park", "area", "ward");

    private final JdbcTemplate jdbc;

    PmpThemeSource(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ThemeSuggestion> suggest(Instant since) {
        List<Map<String, Object>> plans = jdbc.queryForList("""
                select p.title, p.stage, p.triage_outcome, p.priority, w.name as ward, a.name as area
                from pmp p join ward w on w.code = p.ward_code join area a on a.code = p.area_code
                where p.updated_at >= ? or p.stage not in ('NOT_A_PMP', 'DUPLICATE', 'PARTNER_LED', 'CLOSED')
                """, java.sql.Timestamp.from(since));
        List<ThemeSuggestion> suggestions = new ArrayList<>();
        suggestions.addAll(byStage(plans));
        suggestions.addAll(byPriority(plans));
        suggestions.addAll(byWard(plans));
        suggestions.addAll(byTitleWords(plans));
        return suggestions;
    }

    private List<ThemeSuggestion> byStage(List<Map<String, Object>> plans) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, List<String>> why = new HashMap<>();
        for (Map<String, Object> plan : plans) {
            String stage = (String) plan.get("stage");
            String lesson = LESSON_OF_STAGE.get(stage);
            if (lesson != null) {
                counts.merge(lesson, 1, Integer::sum);
                why.computeIfAbsent(lesson, k -> new ArrayList<>()).add(stage);
            }
        }
        return counts.entrySet().stream().map(e -> new ThemeSuggestion(e.getKey(), "plans", e.getValue(),
                describeStages(why.get(e.getKey())))).toList();
    }

    private static String describeStages(List<String> stages) {
        Map<String, Long> byStage = new java.util.TreeMap<>();
        stages.forEach(s -> byStage.merge(s, 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        byStage.forEach((stage, n) -> parts.add(n + (n == 1 ? " plan " : " plans ") + switch (stage) {
            case "TRIAGE" -> "waiting for triage";
            case "NOT_A_PMP" -> "found not to be a PMP";
            case "ANALYSIS" -> "in analysis";
            case "ANALYSED" -> "analysed, awaiting objectives and a response";
            case "PARTNER_LED" -> "handed to a partner agency";
            case "DUPLICATE" -> "closed as duplicates";
            default -> stage.toLowerCase(Locale.ROOT);
        }));
        return String.join(", ", parts);
    }

    private List<ThemeSuggestion> byPriority(List<Map<String, Object>> plans) {
        long high = plans.stream().filter(p -> "HIGH".equals(p.get("priority"))).count();
        if (high == 0) {
            return List.of();
        }
        return List.of(new ThemeSuggestion("High-harm problems: responses beyond enforcement", "plans", (int) high,
                high + (high == 1 ? " plan" : " plans") + " rated high priority (harm × frequency)"));
    }

    private List<ThemeSuggestion> byWard(List<Map<String, Object>> plans) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        plans.forEach(p -> counts.merge(p.get("ward") + " (" + p.get("area") + ")", 1, Integer::sum));
        return counts.entrySet().stream().filter(e -> e.getValue() >= 2)
                .map(e -> new ThemeSuggestion("Local focus: problems in " + e.getKey(), "plans", e.getValue(),
                        e.getValue() + " plans in this ward"))
                .toList();
    }

    private List<ThemeSuggestion> byTitleWords(List<Map<String, Object>> plans) {
        Map<String, List<String>> titlesByWord = new LinkedHashMap<>();
        for (Map<String, Object> plan : plans) {
            String title = (String) plan.get("title");
            // The place is counted by ward already: its name is not a problem type.
            String place = (plan.get("ward") + " " + plan.get("area")).toLowerCase(Locale.ROOT);
            java.util.Set<String> words = new java.util.LinkedHashSet<>();
            for (String word : title.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+")) {
                if (word.length() >= 4 && !STOP_WORDS.contains(word) && !place.contains(word)) {
                    words.add(word);
                }
            }
            words.forEach(w -> titlesByWord.computeIfAbsent(w, k -> new ArrayList<>()).add(title));
        }
        return titlesByWord.entrySet().stream().filter(e -> e.getValue().size() >= 2)
                .map(e -> new ThemeSuggestion("Problem type: " + e.getKey(), "plans", e.getValue().size(),
                        e.getValue().size() + " plan titles mention '" + e.getKey() + "', e.g. '" + e.getValue().get(0) + "'"))
                .toList();
    }
}
