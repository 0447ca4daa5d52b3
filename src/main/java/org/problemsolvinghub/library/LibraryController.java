package org.problemsolvinghub.library;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The good-practice library: one search over everything the force has published. */
@RestController
@RequestMapping("/api/library")
class LibraryController {

    static final int MAX_LIMIT = 100;

    private final List<LibrarySource> sources;

    LibraryController(List<LibrarySource> sources) {
        this.sources = sources;
    }

    record Results(String q, int count, List<LibraryHit> hits) {
    }

    /**
     * One read-only transaction for all the sources (theirs join it): a search is one connection and one
     * {@code BEGIN READ ONLY ... COMMIT}, not one of each per source.
     */
    @GetMapping
    @Transactional(readOnly = true)
    Results search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String tactic, @RequestParam(required = false) String problemType,
            @RequestParam(required = false) String impact, @RequestParam(required = false) String area,
            @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        if (q != null && q.length() > 200) {
            throw new InvalidInputException("q", "at most 200 characters");
        }
        Map<String, String> filters = new LinkedHashMap<>();
        putIfSet(filters, "tactic", tactic);
        putIfSet(filters, "problemType", problemType);
        putIfSet(filters, "impact", impact);
        putIfSet(filters, "area", area);
        LibraryQuery query = new LibraryQuery(q == null ? null : q.strip(), filters, limit);
        if (kind != null && sources.stream().noneMatch(s -> s.kind().equals(kind))) {
            throw new InvalidInputException("kind", "unknown kind '" + kind + "'; kinds are "
                    + String.join(", ", sources.stream().map(LibrarySource::kind).sorted().toList()));
        }
        List<LibraryHit> hits = sources.stream()
                .filter(s -> kind == null || s.kind().equals(kind))
                .filter(s -> s.filters().containsAll(filters.keySet()))
                .flatMap(s -> s.search(query).stream())
                .sorted(Comparator.comparingDouble(LibraryHit::score).reversed())
                .limit(limit)
                .toList();
        return new Results(query.q(), hits.size(), hits);
    }

    private static void putIfSet(Map<String, String> filters, String name, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(name, value.strip());
        }
    }
}
