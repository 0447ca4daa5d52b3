package org.problemsolvinghub.pmp;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PmpRepository extends JpaRepository<Pmp, Long> {

    Optional<Pmp> findByReference(String reference);

    boolean existsByReference(String reference);
}
