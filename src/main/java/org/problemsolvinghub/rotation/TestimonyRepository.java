package org.problemsolvinghub.rotation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TestimonyRepository extends JpaRepository<Testimony, Long> {

    List<Testimony> findByStatusOrderByDecidedAtDesc(Testimony.Status status);

    Optional<Testimony> findFirstByRotationIdAndStatus(Long rotationId, Testimony.Status status);
}
