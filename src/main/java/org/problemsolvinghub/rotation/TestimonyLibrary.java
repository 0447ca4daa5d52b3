package org.problemsolvinghub.rotation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.problemsolvinghub.library.LibraryHit;
import org.problemsolvinghub.library.LibraryQuery;
import org.problemsolvinghub.library.LibrarySource;
import org.problemsolvinghub.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approved testimonies of officers who rotated, in the good-practice library beside closed plans and
 * webinar recordings: the scheme's seed says they are what persuaded others to go. For police staff
 * only, as at {@code GET /api/rotations/testimonies}. A testimony matches when it holds every word
 * of the query, ranked by how often they appear.
 */
@Component
class TestimonyLibrary implements LibrarySource {

    private final TestimonyRepository testimonies;
    private final CurrentUser currentUser;

    TestimonyLibrary(TestimonyRepository testimonies, CurrentUser currentUser) {
        this.testimonies = testimonies;
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

    @Override
    @Transactional(readOnly = true)
    public List<LibraryHit> search(LibraryQuery query) {
        if (!currentUser.isPoliceOrSystem()) {
            return List.of();
        }
        List<String> words = query.hasText()
                ? Arrays.stream(query.q().toLowerCase(Locale.ROOT).split("\\W+")).filter(w -> !w.isBlank()).toList()
                : List.of();
        return testimonies.findByStatusOrderByDecidedAtDesc(Testimony.Status.APPROVED).stream()
                .filter(t -> words.stream().allMatch(w -> t.getBody().toLowerCase(Locale.ROOT).contains(w)))
                .limit(query.limit())
                .map(t -> new LibraryHit(kind(), "testimony-" + t.getId(), "Testimony: " + t.getOfficerName()
                        + " on the call-handling rotation", t.getBody(), "/api/rotations/testimonies",
                        words.isEmpty() ? 0 : 0.05))
                .toList();
    }
}
