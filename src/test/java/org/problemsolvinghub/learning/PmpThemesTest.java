package org.problemsolvinghub.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.problemsolvinghub.learning.webinar.ThemeSource;
import org.problemsolvinghub.learning.webinar.ThemeSuggestion;
import org.springframework.beans.factory.annotation.Autowired;

/** The plans suggest webinar themes from their problem types, tactics and quality-check failures. */
class PmpThemesTest extends HubTest {

    @Autowired
    List<ThemeSource> sources;

    @Test
    void theDemoPlansSuggestProblemTypesTacticsAndWhatTheyMiss() {
        List<String> themes = sources.stream().flatMap(s -> s.suggest(Instant.now().minus(180, ChronoUnit.DAYS)).stream())
                .map(ThemeSuggestion::theme).toList();
        // The demo's plans: car crime closed with environmental design, drug dealing in its response...
        assertThat(themes).contains("Problem type: antisocial behaviour", "Problem type: vehicle crime",
                "Tactic: environmental design", "Tactic: enforcement");
        // ...and the allotments plan, still in analysis, has no objectives yet: not a failure before its stage.
        assertThat(themes).noneMatch(t -> t.startsWith("Problem type: not recorded"))
                .doesNotContain("Scanning: resting a problem on two sources");

        // A plan resting on one source fails a scanning check: the force could learn about that.
        as("kpatel").postForEntity("/api/pmps", java.util.Map.of("area", "coventry", "ward", "Radford", "source", "DATA",
                "problemType", "RETAIL_CRIME", "title", "Shop theft at Radford Co-op",
                "problemStatement", "The Radford Road Co-op loses stock to the same shoplifters most days.",
                "evidence", List.of("Store's own incident log")), String.class);
        assertThat(sources.stream().flatMap(s -> s.suggest(Instant.now().minus(180, ChronoUnit.DAYS)).stream())
                .map(ThemeSuggestion::theme)).contains("Scanning: resting a problem on two sources", "Problem type: retail crime");
    }
}
