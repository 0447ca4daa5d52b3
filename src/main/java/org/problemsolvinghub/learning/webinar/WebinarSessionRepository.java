package org.problemsolvinghub.learning.webinar;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WebinarSessionRepository extends JpaRepository<WebinarSession, Long> {

    Optional<WebinarSession> findByReference(String reference);

    List<WebinarSession> findBySeriesIdOrderByPlannedAt(Long seriesId);

    List<WebinarSession> findAllByOrderByStartsAtDesc();

    List<WebinarSession> findByIdIn(java.util.Collection<Long> ids);
}
