package org.problemsolvinghub.learning.webinar;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.problemsolvinghub.learning.LearningForms;
import org.springframework.stereotype.Component;

/**
 * Themes staff asked for in their feedback on past sessions, one per line of "themes for next time".
 * The same theme written alike (case and spacing aside) counts once per person who asked for it.
 */
@Component
class FeedbackThemeSource implements ThemeSource {

    private final FeedbackRepository feedback;

    FeedbackThemeSource(FeedbackRepository feedback) {
        this.feedback = feedback;
    }

    @Override
    public List<ThemeSuggestion> suggest(Instant since) {
        Map<String, String> asWritten = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Feedback f : feedback.findByGivenAtGreaterThanEqual(since)) {
            LearningForms.lines(f.getThemesWanted()).stream().distinct().forEach(theme -> {
                String key = theme.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                asWritten.putIfAbsent(key, theme);
                counts.merge(key, 1, Integer::sum);
            });
        }
        return counts.entrySet().stream().map(e -> new ThemeSuggestion(asWritten.get(e.getKey()), "staff feedback",
                e.getValue(), e.getValue() + (e.getValue() == 1 ? " person" : " people") + " asked for it")).toList();
    }
}
