package org.problemsolvinghub.rotation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingAttemptRepository extends JpaRepository<TrainingAttempt, Long> {

    List<TrainingAttempt> findByRotationIdOrderByAttempt(Long rotationId);

    Optional<TrainingAttempt> findFirstByRotationIdOrderByAttemptDesc(Long rotationId);
}
