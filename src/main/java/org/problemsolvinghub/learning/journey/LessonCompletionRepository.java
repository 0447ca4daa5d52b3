package org.problemsolvinghub.learning.journey;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface LessonCompletionRepository extends JpaRepository<LessonCompletion, LessonCompletion.Key> {

    List<LessonCompletion> findByJourneyCodeAndUserIdIn(String journeyCode, Collection<String> userIds);
}
