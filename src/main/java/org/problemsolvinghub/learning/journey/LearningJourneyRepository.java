package org.problemsolvinghub.learning.journey;

import org.springframework.data.jpa.repository.JpaRepository;

interface LearningJourneyRepository extends JpaRepository<LearningJourney, String> {
}
