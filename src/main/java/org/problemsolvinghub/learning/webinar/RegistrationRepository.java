package org.problemsolvinghub.learning.webinar;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    Optional<Registration> findBySessionIdAndUserId(Long sessionId, String userId);

    List<Registration> findBySessionIdOrderByRegisteredAt(Long sessionId);

    long countBySessionId(Long sessionId);
}
