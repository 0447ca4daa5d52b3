package org.problemsolvinghub.pmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.library.LibraryHit;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** When {@link LibrarySearchReuse} answers again and when it searches afresh, without a hub. */
class LibrarySearchKeepingTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger searches = new AtomicInteger();
    private final LibrarySearchReuse reuse = new LibrarySearchReuse(Duration.ofSeconds(60), now::get, new SimpleMeterRegistry());
    private final LibrarySearchReuse.Key lighting = new LibrarySearchReuse.Key("lighting", Map.of(), 20, true, List.of());

    @BeforeEach
    void readOnlyTransaction() {
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);
    }

    @AfterEach
    void noTransaction() {
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void answeredAgainForTheReuseTimeThenSearchedAfresh() {
        search(lighting);
        search(lighting);
        search(new LibrarySearchReuse.Key(" Lighting ", Map.of(), 20, true, List.of()));
        assertThat(searches).as("the same words in another case").hasValue(1);
        search(new LibrarySearchReuse.Key("lighting", Map.of(), 20, false, List.of("coventry-council-asb")));
        search(new LibrarySearchReuse.Key("lighting", Map.of("area", "coventry"), 20, true, List.of()));
        search(new LibrarySearchReuse.Key("lighting", Map.of(), 5, true, List.of()));
        assertThat(searches).as("another view, filter or limit is another search").hasValue(4);
        now.addAndGet(Duration.ofSeconds(60).toNanos());
        search(lighting);
        assertThat(searches).hasValue(5);
        search(new LibrarySearchReuse.Key("street  Lighting", Map.of(), 20, true, List.of()));
        search(new LibrarySearchReuse.Key("street lighting", Map.of(), 20, true, List.of()));
        search(new LibrarySearchReuse.Key("\"street lighting\"", Map.of(), 20, true, List.of()));
        assertThat(searches).as("spacing is no difference, a phrase in quotes is").hasValue(7);
        search(new LibrarySearchReuse.Key("CAFÉ", Map.of(), 20, true, List.of()));
        search(new LibrarySearchReuse.Key("cafÉ", Map.of(), 20, true, List.of()));
        search(new LibrarySearchReuse.Key("café", Map.of(), 20, true, List.of()));
        assertThat(searches).as("only A to Z is lowered here; the database's locale lowers the rest").hasValue(9);
    }

    @Test
    void aClosedPlanWrittenMakesEveryAnswerStaleAnOpenOneDoesNot() {
        search(lighting);
        reuse.written(plan(PmpStage.RESPONSE, null));
        search(lighting);
        assertThat(searches).as("an open plan is not in the library").hasValue(1);
        reuse.written(plan(PmpStage.CLOSED, Instant.now()));
        search(lighting);
        assertThat(searches).hasValue(2);
        Action action = mock(Action.class);
        Pmp closed = plan(PmpStage.CLOSED, Instant.now());
        when(action.getPmp()).thenReturn(closed);
        reuse.written(action);
        search(lighting);
        assertThat(searches).as("an action of a closed plan").hasValue(3);
        reuse.written(plan(PmpStage.ANALYSIS, Instant.now()));
        search(lighting);
        assertThat(searches).as("a closed plan that left CLOSED").hasValue(4);
    }

    @Test
    void anAnswerReadBeforeTheWritingTransactionCommitsIsNotKeptPastIt() {
        TransactionSynchronizationManager.initSynchronization();
        reuse.written(plan(PmpStage.CLOSED, Instant.now())); // flushed, not yet committed
        search(lighting); // another reader's snapshot, without the plan
        search(lighting);
        assertThat(searches).hasValue(1);
        List<TransactionSynchronization> writer = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        writer.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        search(lighting);
        assertThat(searches).as("searched again once the plan is committed").hasValue(2);
    }

    @Test
    void notKeptOutsideAReadOnlyTransactionNorWhenTurnedOff() {
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
        search(lighting);
        search(lighting);
        assertThat(searches).as("a transaction that may have written first").hasValue(2);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(true);
        LibrarySearchReuse off = new LibrarySearchReuse(Duration.ZERO, now::get, new SimpleMeterRegistry());
        off.answer(lighting, this::hits);
        off.answer(lighting, this::hits);
        assertThat(searches).hasValue(4);
    }

    private void search(LibrarySearchReuse.Key key) {
        assertThat(reuse.answer(key, this::hits)).extracting(LibraryHit::reference).containsExactly("PMP-COV-2026-0001");
    }

    private List<LibraryHit> hits() {
        searches.incrementAndGet();
        return List.of(new LibraryHit("pmp", "PMP-COV-2026-0001", "Lighting", "", "/api/pmps/PMP-COV-2026-0001", 0.1));
    }

    private static Pmp plan(PmpStage stage, Instant closedAt) {
        Pmp plan = mock(Pmp.class);
        when(plan.getStage()).thenReturn(stage);
        when(plan.getClosedAt()).thenReturn(closedAt);
        return plan;
    }
}
