package org.problemsolvinghub.learning.webinar;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.problemsolvinghub.learning.LearningProperties;
import org.problemsolvinghub.system.HubClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The themes the advisor is offered: every {@link ThemeSource}'s, merged, the most wanted first. */
@Service
public class ThemeSuggestions {

    private final List<ThemeSource> sources;
    private final LearningProperties properties;

    ThemeSuggestions(List<ThemeSource> sources, LearningProperties properties) {
        this.sources = sources;
        this.properties = properties;
    }

    /**
     * The top suggestions (hub.learning.webinar.suggestions of them), taken from every source in turn so
     * that staff feedback is not crowded out by a force with many plans; shown most wanted first.
     */
    @Transactional(readOnly = true)
    public List<ThemeSuggestion> current() {
        List<List<ThemeSuggestion>> bySource = bySource();
        int limit = properties.webinar().suggestions();
        Map<String, ThemeSuggestion> chosen = new LinkedHashMap<>();
        int deepest = bySource.stream().mapToInt(List::size).max().orElse(0);
        for (int rank = 0; rank < deepest && chosen.size() < limit; rank++) {
            for (List<ThemeSuggestion> list : bySource) {
                if (rank < list.size() && chosen.size() < limit) {
                    chosen.merge(key(list.get(rank)), list.get(rank), ThemeSuggestions::merge);
                }
            }
        }
        return sorted(new ArrayList<>(chosen.values()));
    }

    /** Every suggestion of every source, merged where two sources suggest the same theme. */
    @Transactional(readOnly = true)
    public List<ThemeSuggestion> ranked() {
        Map<String, ThemeSuggestion> merged = new LinkedHashMap<>();
        bySource().forEach(list -> list.forEach(s -> merged.merge(key(s), s, ThemeSuggestions::merge)));
        return sorted(new ArrayList<>(merged.values()));
    }

    private List<List<ThemeSuggestion>> bySource() {
        var since = HubClock.now().minus(properties.webinar().themeWindow());
        return sources.stream().map(source -> sorted(new ArrayList<>(source.suggest(since)))).toList();
    }

    private static String key(ThemeSuggestion s) {
        return s.theme().toLowerCase(Locale.ROOT);
    }

    private static ThemeSuggestion merge(ThemeSuggestion a, ThemeSuggestion b) {
        return new ThemeSuggestion(a.theme(), a.source().equals(b.source()) ? a.source() : a.source() + " and " + b.source(),
                a.weight() + b.weight(), a.evidence() + "; " + b.evidence());
    }

    private static List<ThemeSuggestion> sorted(List<ThemeSuggestion> list) {
        list.sort(Comparator.comparing(ThemeSuggestion::weight).reversed().thenComparing(ThemeSuggestion::theme));
        return list;
    }

    /** The list as the theme form shows it, one suggestion a line. */
    public String asText() {
        List<ThemeSuggestion> current = current();
        if (current.isEmpty()) {
            return "No suggestions yet: there are no open or recent plans and no feedback asking for a theme.";
        }
        return current.stream().map(s -> "• " + s.theme() + " (" + s.source() + ": " + s.evidence() + ")")
                .collect(Collectors.joining("\n"));
    }
}
