package org.problemsolvinghub.rotation;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At every start, offers any room on the scheme to the waiting list: after the cap is raised in the
 * configuration, the officers next in line are offered the new places without anyone having to ask.
 */
@Component
class SchemeStartup {

    private final SchemeLock lock;
    private final Places places;
    private final TransactionTemplate transactions;

    SchemeStartup(SchemeLock lock, Places places, TransactionTemplate transactions) {
        this.lock = lock;
        this.places = places;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void offerRoomToTheWaitingList() {
        transactions.executeWithoutResult(status -> {
            lock.lock();
            places.offerFreePlaces(null);
        });
    }
}
