package org.problemsolvinghub.learning.challenge;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChallengeRepository extends JpaRepository<Challenge, Long> {

    Optional<Challenge> findByReference(String reference);

    List<Challenge> findAllByOrderByStartsOnDesc();

    boolean existsByTitle(String title);
}
