package org.problemsolvinghub.learning.journey;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface JourneyLessonRepository extends JpaRepository<JourneyLesson, JourneyLesson.Key> {

    List<JourneyLesson> findByJourneyCodeOrderByPosition(String journeyCode);
}
