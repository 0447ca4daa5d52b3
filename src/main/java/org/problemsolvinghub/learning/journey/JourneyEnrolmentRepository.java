package org.problemsolvinghub.learning.journey;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface JourneyEnrolmentRepository extends JpaRepository<JourneyEnrolment, Long> {

    Optional<JourneyEnrolment> findByReference(String reference);

    List<JourneyEnrolment> findByJourneyCodeOrderByEnrolledOnDesc(String journeyCode);
}
