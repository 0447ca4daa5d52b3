package org.problemsolvinghub.pmp;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

/**
 * Derived queries and criteria only, no JPQL strings: a JPQL string is parsed when the repository is made, by
 * Hibernate's and Spring Data's ANTLR parsers, which cost about 0.8 s of a 12 s start (docs/performance.md, P4).
 */
interface PmpRepository extends JpaRepository<Pmp, Long>, JpaSpecificationExecutor<Pmp>, PmpLookup {

    Optional<Pmp> findByReference(String reference);

    boolean existsByReference(String reference);

    /** Open plans of the area in the same ward or of the same type, newest first: triage's duplicate check. */
    default List<Pmp> findSimilar(String areaCode, String wardCode, ProblemType type, String exceptReference, int max) {
        Specification<Pmp> similar = (plan, query, cb) -> cb.and(
                cb.equal(plan.get("areaCode"), areaCode),
                cb.or(cb.equal(plan.get("wardCode"), wardCode), cb.equal(plan.get("problemType"), type)),
                cb.notEqual(plan.get("reference"), exceptReference),
                cb.not(plan.get("stage").in(PmpStage.NOT_A_PMP, PmpStage.DUPLICATE, PmpStage.CLOSED)));
        return findBy(similar, q -> q.sortBy(Sort.by(Sort.Direction.DESC, "raisedAt")).limit(max).all());
    }
}
