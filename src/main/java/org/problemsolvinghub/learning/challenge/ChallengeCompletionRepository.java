package org.problemsolvinghub.learning.challenge;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChallengeCompletionRepository extends JpaRepository<ChallengeCompletion, ChallengeCompletion.Key> {

    List<ChallengeCompletion> findByChallengeId(Long challengeId);

    List<ChallengeCompletion> findByChallengeIdAndDayOrderByCompletedAt(Long challengeId, Integer day);
}
