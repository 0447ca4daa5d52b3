package org.problemsolvinghub.learning.webinar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.problemsolvinghub.library.LibraryHit;
import org.problemsolvinghub.library.LibraryQuery;
import org.problemsolvinghub.library.LibrarySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The webinar recordings as part of the good-practice library. The search is deliberately simple, and
 * the same on H2 and PostgreSQL: the query is cut into words (case ignored, common words dropped), a
 * recording matches if its title, theme, description, speakers or summary contain at least one of
 * them, and recordings matching more of the words come first, then the newest.
 */
@Component
public class RecordingsLibrary implements LibrarySource {

    public static final String KIND = "recording";

    private static final Set<String> COMMON_WORDS = Set.of("the", "and", "for", "with", "from", "that", "this",
            "how", "what", "into", "about", "our", "your", "are", "was", "were", "its", "not", "but", "use", "using");

    public record RecordingView(String reference, String title, String theme, Instant heldAt, String speakers,
            String recordingLink, String slidesLink, String summary, Integer attended) {
    }

    private final JdbcTemplate jdbc;
    private final WebinarSessionRepository sessions;
    private final WebinarAudience audience;

    RecordingsLibrary(JdbcTemplate jdbc, WebinarSessionRepository sessions, WebinarAudience audience) {
        this.jdbc = jdbc;
        this.sessions = sessions;
        this.audience = audience;
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Recordings have no tactic, problem type or impact: a query filtering on those finds none here. */
    @Override
    public Set<String> filters() {
        return Set.of();
    }

    /** Scored by the share of the query's words a recording matches, to sit among the plans' ranks. */
    @Override
    @Transactional(readOnly = true)
    public List<LibraryHit> search(LibraryQuery query) {
        List<String> words = words(query.q());
        return recordings(query.q()).stream().limit(query.limit()).map(r -> new LibraryHit(KIND, r.reference(), r.title(),
                "Webinar recording, " + WebinarService.spoken(r.heldAt()) + ". Theme: " + r.theme()
                        + (r.summary() == null ? "" : ". " + r.summary()),
                "/api/learning/webinars/sessions/" + r.reference(), score(r, words))).toList();
    }

    private static double score(RecordingView r, List<String> words) {
        if (words.isEmpty()) {
            return 0;
        }
        String text = (r.title() + " " + r.theme() + " " + r.summary() + " " + r.speakers()).toLowerCase(Locale.ROOT);
        return 0.1 * words.stream().filter(text::contains).count() / words.size();
    }

    @Transactional(readOnly = true)
    public List<RecordingView> recordings(String q) {
        List<String> words = words(q);
        StringBuilder sql = new StringBuilder("select id, search_text from webinar_session where published_at is not null");
        List<Object> args = new ArrayList<>();
        if (!words.isEmpty()) {
            sql.append(" and (").append(words.stream().map(w -> "search_text like ? escape '\\'")
                    .collect(Collectors.joining(" or "))).append(")");
            words.forEach(w -> args.add(LibraryQuery.containing(w)));
        }
        Map<Long, Integer> matched = new java.util.HashMap<>();
        jdbc.query(sql.toString(), rs -> {
            String text = rs.getString("search_text");
            matched.put(rs.getLong("id"), (int) words.stream().filter(w -> text != null && text.contains(w)).count());
        }, args.toArray());
        if (matched.isEmpty()) {
            return List.of(); // most searches: no entity query at all
        }
        return sessions.findByIdIn(matched.keySet()).stream()
                .filter(audience::canSee)
                .sorted(Comparator.<WebinarSession>comparingInt(s -> matched.get(s.getId())).reversed()
                        .thenComparing(WebinarSession::getStartsAt, Comparator.reverseOrder()))
                .map(s -> new RecordingView(s.getReference(), s.getTitle(), s.getTheme(), s.getStartsAt(),
                        s.getSpeakers(), s.getRecordingLink(), s.getSlidesLink(), s.getSummary(), s.getAttendedCount()))
                .toList();
    }

    static List<String> words(String q) {
        if (q == null) {
            return List.of();
        }
        return new ArrayList<>(Arrays.stream(q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() >= 2 && !COMMON_WORDS.contains(w))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }
}
