package org.problemsolvinghub.learning.journey;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Journeys and their lessons as the API shows them. */
@Service
public class JourneyViews {

    public record LessonView(int position, String title, int minutes) {
    }

    public record JourneyView(String code, String title, String description, int lessonCount, int minutes,
            List<LessonView> lessons) {
    }

    private final LearningJourneyRepository journeys;
    private final JourneyLessonRepository lessons;
    private final JourneyService service;

    JourneyViews(LearningJourneyRepository journeys, JourneyLessonRepository lessons, JourneyService service) {
        this.journeys = journeys;
        this.lessons = lessons;
        this.service = service;
    }

    @Transactional(readOnly = true)
    public List<JourneyView> journeys() {
        return journeys.findAll().stream().sorted(Comparator.comparing(LearningJourney::getTitle))
                .map(j -> journey(j.getCode())).toList();
    }

    @Transactional(readOnly = true)
    public JourneyView journey(String code) {
        LearningJourney journey = service.journey(code);
        List<LessonView> all = lessons.findByJourneyCodeOrderByPosition(code).stream()
                .map(l -> new LessonView(l.getPosition(), l.getTitle(), l.getMinutes())).toList();
        return new JourneyView(journey.getCode(), journey.getTitle(), journey.getDescription(), all.size(),
                all.stream().mapToInt(LessonView::minutes).sum(), all);
    }
}
