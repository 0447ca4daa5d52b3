package org.problemsolvinghub.learning.journey;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * What the enrolment process reads from the hub without holding it in variables: the learners to remind
 * ({@code ${journeyReminders.learnersBehind(...)}}), one catch-up task each.
 */
@Component("journeyReminders")
public class JourneyReminders {

    private final JourneyService journeys;

    JourneyReminders(JourneyService journeys) {
        this.journeys = journeys;
    }

    public List<String> learnersBehind(String reference) {
        return journeys.reminded(reference);
    }
}
