package org.problemsolvinghub.learning.challenge;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ChallengeParticipantRepository extends JpaRepository<ChallengeParticipant, ChallengeParticipant.Key> {

    List<ChallengeParticipant> findByChallengeId(Long challengeId);
}
