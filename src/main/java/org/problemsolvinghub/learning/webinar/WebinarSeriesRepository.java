package org.problemsolvinghub.learning.webinar;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WebinarSeriesRepository extends JpaRepository<WebinarSeries, Long> {

    Optional<WebinarSeries> findByReference(String reference);

    List<WebinarSeries> findAllByOrderByStartedAtDesc();

    boolean existsByName(String name);
}
