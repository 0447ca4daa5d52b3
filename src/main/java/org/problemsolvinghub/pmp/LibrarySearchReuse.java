package org.problemsolvinghub.pmp;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import org.problemsolvinghub.library.LibraryHit;
import org.problemsolvinghub.system.StaleMarks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The closed plans in the good-practice library change only when a plan is published (or a closed plan is
 * corrected), while the same searches are asked again and again; ranking every match of a common word is
 * most of what a search costs the database (issue #8, docs/performance.md). So a search's answer is kept and
 * given again to whoever asks the same search with the same view of the library (police, or the same
 * partner agencies), computed once per change rather than per read, for at most
 * {@code hub.library.search-reuse} (0 turns it off).
 * <p>
 * Any write of a closed plan, or of an action of one, through this node (Hibernate's callbacks on
 * {@link Pmp} and {@link Action}, a plan being closed included) makes every answer kept before it stale, from
 * the moment it is written and again when its transaction ends, so that no answer read before the commit
 * outlives it. Only a search in a read-only transaction is kept or answered from what was kept: one that may
 * have written first searches afresh. What another node publishes shows within the reuse time at most.
 */
@Component
public class LibrarySearchReuse {

    /**
     * Answers are dropped, least used first, when they hold this many hits in all (a hit is some 1 KB: 10 MB at
     * most); whoever asks one of them next searches afresh.
     */
    static final int MAX_HITS = 10_000;

    private final long reuseNanos;
    private final LongSupplier clock;
    private final StaleMarks changes = new StaleMarks();
    private final Cache<Key, Kept> kept;
    private final Counter reused;
    private final Counter searched;

    @Autowired
    LibrarySearchReuse(@Value("${hub.library.search-reuse:60s}") Duration reuse, MeterRegistry meters) {
        this(reuse, System::nanoTime, meters);
    }

    /** @param meters where {@code hub.library.searches} goes: how many searches were answered again, how many searched */
    LibrarySearchReuse(Duration reuse, LongSupplier clock, MeterRegistry meters) {
        this.reuseNanos = reuse.toNanos();
        this.clock = clock;
        // Caffeine, as for the remembered logins: an expiring cache bounded by weight, not a map kept by hand
        this.kept = Caffeine.newBuilder().expireAfterWrite(reuse.isNegative() ? Duration.ZERO : reuse)
                .maximumWeight(MAX_HITS).weigher((Key key, Kept answer) -> 1 + answer.hits().size())
                .ticker(clock::getAsLong).executor(Runnable::run).build();
        this.reused = counter(meters, "reused");
        this.searched = counter(meters, "searched");
    }

    private static Counter counter(MeterRegistry meters, String outcome) {
        return Counter.builder("hub.library.searches").tag("outcome", outcome)
                .description("Searches of the library's closed plans, answered again or searched").register(meters);
    }

    /**
     * One search: its words, filters and limit, and what the person may see of the library: all of it (police),
     * or the plans of their partner agencies (sorted). Words differing only in spacing or in the case of A to Z
     * are the same search: full-text search and the embedded database's word match ignore both. Other letters
     * are kept as typed, since how the database lowers them depends on its locale.
     */
    record Key(String q, Map<String, String> filters, int limit, boolean police, List<String> agencies) {

        Key {
            q = q == null ? null : asciiLower(SPACES.matcher(q.strip()).replaceAll(" "));
            filters = Map.copyOf(filters);
            agencies = List.copyOf(agencies);
        }

        private static String asciiLower(String text) {
            char[] chars = text.toCharArray();
            for (int i = 0; i < chars.length; i++) {
                if (chars[i] >= 'A' && chars[i] <= 'Z') {
                    chars[i] = (char) (chars[i] + ('a' - 'A'));
                }
            }
            return new String(chars);
        }
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private record Kept(long changesBefore, long at, List<LibraryHit> hits) {
    }

    /** The kept answer to {@code key}, or {@code search}'s, kept for the next person asking the same. */
    List<LibraryHit> answer(Key key, Supplier<List<LibraryHit>> search) {
        if (reuseNanos <= 0 || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return search.get();
        }
        long changesBefore = changes.current();
        long started = clock.getAsLong();
        Kept last = kept.getIfPresent(key);
        if (last != null && changes.unchangedSince(last.changesBefore()) && started - last.at() < reuseNanos) {
            reused.increment();
            return last.hits();
        }
        searched.increment();
        List<LibraryHit> hits = List.copyOf(search.get());
        kept.put(key, new Kept(changesBefore, started, hits));
        return hits;
    }

    /** A plan or action was written: closed ones change the library. */
    void written(Object entity) {
        Pmp plan = entity instanceof Action action ? action.getPmp() : entity instanceof Pmp p ? p : null;
        // closedAt stays set should a closed plan ever leave CLOSED, so that change is seen too
        if (plan != null && (plan.getStage() == PmpStage.CLOSED || plan.getClosedAt() != null)) {
            changed();
        }
    }

    /** Nothing kept so far is given again (for tests that count searches). */
    void forget() {
        kept.invalidateAll();
    }

    /** Every answer kept so far is stale; and again when the transaction writing now ends. */
    void changed() {
        changes.written();
    }

    /**
     * Hibernate's listener on {@link Pmp} and {@link Action}. Hibernate makes its own instance through Spring,
     * which hands it the one {@link LibrarySearchReuse}; without Spring's bean container it cannot be made, and
     * the hub does not start rather than keep answers no write makes stale.
     */
    static class Writes {

        private final LibrarySearchReuse reuse;

        Writes(LibrarySearchReuse reuse) {
            this.reuse = reuse;
        }

        @PostPersist
        @PostUpdate
        @PostRemove
        void written(Object entity) {
            reuse.written(entity);
        }
    }
}
