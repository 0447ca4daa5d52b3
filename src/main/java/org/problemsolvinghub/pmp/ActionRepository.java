package org.problemsolvinghub.pmp;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionRepository extends JpaRepository<Action, Long> {

    @Query("select a from Action a where a.pmp.reference = ?1 and a.number = ?2")
    Optional<Action> findByPlanReferenceAndNumber(String planReference, int number);
}
