package org.problemsolvinghub.pmp;

import java.util.Optional;

/** Finding a plan by its reference without asking the database again for one this transaction has loaded. */
interface PmpLookup {

    /**
     * The plan with this reference: taken from the persistence context when this transaction has it
     * already (a completion's delegate, then the next task's {@link PlanDisplay}), else one query.
     */
    Optional<Pmp> loadedOrByReference(String reference);

    /**
     * The same, with the plan's row locked until the transaction ends (see {@link PmpLifecycle#plan}): one
     * locking select, or none when this transaction holds the lock already.
     */
    Optional<Pmp> lockedByReference(String reference);
}
