package org.problemsolvinghub.pmp;

import java.util.Optional;

/** Finding a plan by its reference without asking the database again for one this transaction has loaded. */
interface PmpLookup {

    /**
     * The plan with this reference: taken from the persistence context when this transaction has it
     * already (a completion's delegate, then the next task's {@link PlanDisplay}), else one query.
     */
    Optional<Pmp> loadedOrByReference(String reference);
}
