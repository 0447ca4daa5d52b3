package org.problemsolvinghub.system;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * For answers kept in memory until something they were computed from is written (Tasklist's filter counts, the
 * library's closed plans): a count of writes, moved on when a write is made and again when the transaction that
 * made it ends, so that an answer computed from a snapshot taken before the commit does not outlive it. An answer
 * remembers the mark read before it was computed and is stale once the mark has moved.
 */
public final class StaleMarks {

    private final AtomicLong marks = new AtomicLong();

    /** The mark to keep with an answer about to be computed. */
    public long current() {
        return marks.get();
    }

    /** Whether an answer computed at {@code mark} still stands. */
    public boolean unchangedSince(long mark) {
        return marks.get() == mark;
    }

    /** Something was written: every answer kept so far is stale, and again when the transaction writing now ends. */
    public void written() {
        marks.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.hasResource(this)) {
            TransactionSynchronizationManager.bindResource(this, Boolean.TRUE);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                // While the transaction is suspended (an inner REQUIRES_NEW), its mark is not the inner one's.
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(StaleMarks.this);
                }

                @Override
                public void resume() {
                    if (!TransactionSynchronizationManager.hasResource(StaleMarks.this)) {
                        TransactionSynchronizationManager.bindResource(StaleMarks.this, Boolean.TRUE);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(StaleMarks.this);
                    marks.incrementAndGet();
                }
            });
        }
    }

    /** Whether the current transaction has written: what it computes may not be committed, so it keeps nothing. */
    public boolean writtenInThisTransaction() {
        return TransactionSynchronizationManager.hasResource(this);
    }
}
