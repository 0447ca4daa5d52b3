package org.problemsolvinghub.pmp;

import java.util.Optional;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.hibernate.LockMode;
import org.hibernate.LockOptions;
import org.hibernate.Session;

/** Spring Data's fragment for {@link PmpLookup}: Hibernate resolves a natural id from the session first. */
class PmpLookupImpl implements PmpLookup {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Optional<Pmp> loadedOrByReference(String reference) {
        return entityManager.unwrap(Session.class).bySimpleNaturalId(Pmp.class).loadOptional(reference);
    }

    @Override
    public Optional<Pmp> lockedByReference(String reference) {
        return entityManager.unwrap(Session.class).bySimpleNaturalId(Pmp.class)
                .with(new LockOptions(LockMode.PESSIMISTIC_WRITE)).loadOptional(reference);
    }
}
