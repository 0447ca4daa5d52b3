package org.problemsolvinghub.pmp;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;

interface PmpRepository extends JpaRepository<Pmp, Long>, JpaSpecificationExecutor<Pmp>, PmpLookup {

    Optional<Pmp> findByReference(String reference);

    boolean existsByReference(String reference);

    /** The plan, its row locked until the transaction ends (see {@link PmpLifecycle#plan}). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Pmp p where p.reference = ?1")
    Optional<Pmp> lockByReference(String reference);

    @Query("""
            select p from Pmp p where p.areaCode = ?1 and (p.wardCode = ?2 or p.problemType = ?3) and p.reference <> ?4
            and p.stage not in (org.problemsolvinghub.pmp.PmpStage.NOT_A_PMP, org.problemsolvinghub.pmp.PmpStage.DUPLICATE,
                                org.problemsolvinghub.pmp.PmpStage.CLOSED)
            order by p.raisedAt desc""")
    List<Pmp> findSimilar(String areaCode, String wardCode, ProblemType type, String exceptReference, Pageable page);
}
