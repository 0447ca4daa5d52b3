package org.problemsolvinghub.learning.webinar;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    List<Feedback> findBySessionId(Long sessionId);

    boolean existsBySessionIdAndUserId(Long sessionId, String userId);

    List<Feedback> findByGivenAtGreaterThanEqual(Instant since);
}
