package org.problemsolvinghub.rotation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.problemsolvinghub.library.LibraryHit;
import org.problemsolvinghub.library.LibraryQuery;
import org.problemsolvinghub.library.LibrarySource;
import org.problemsolvinghub.security.CurrentUser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approved testimonies of officers who rotated, in the good-practice library beside closed plans and
 * webinar recordings: the scheme's seed says they are what persuaded others to go. For police staff
 * only, as at {@code GET /api/rotations/testimonies}. A testimony matches when it holds every word
 * of the query (case ignored), newest decision first.
 */
@Component
class TestimonyLibrary implements LibrarySource {

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;

    TestimonyLibrary(JdbcTemplate jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public String kind() {
        return "testimony";
    }

    @Override
    public Set<String> filters() {
        return Set.of();
    }

    /**
     * Plain SQL rather than the entity repository: every library search asks every source, and mapping
     * entities only to filter them here cost more CPU than the plans' full-text search (issue #8, P2).
     */
    @Override
    @Transactional(readOnly = true)
    public List<LibraryHit> search(LibraryQuery query) {
        if (!currentUser.isPoliceOrSystem()) {
            return List.of();
        }
        List<String> words = query.hasText()
                ? Arrays.stream(query.q().toLowerCase(Locale.ROOT).split("\\W+")).filter(w -> !w.isBlank()).toList()
                : List.of();
        StringBuilder sql = new StringBuilder("select id, officer_name, body from rotation_testimony where status = ?");
        List<Object> args = new ArrayList<>(List.of(Testimony.Status.APPROVED.name()));
        for (String word : words) {
            sql.append(" and lower(body) like ? escape '\\'");
            args.add(LibraryQuery.containing(word));
        }
        sql.append(" order by decided_at desc limit ?");
        args.add(query.limit());
        return jdbc.query(sql.toString(), (rs, i) -> new LibraryHit(kind(), "testimony-" + rs.getLong("id"),
                "Testimony: " + rs.getString("officer_name") + " on the call-handling rotation", rs.getString("body"),
                "/api/rotations/testimonies", words.isEmpty() ? 0 : 0.05), args.toArray());
    }
}
