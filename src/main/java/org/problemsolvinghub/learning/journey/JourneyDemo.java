package org.problemsolvinghub.learning.journey;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.problemsolvinghub.learning.LearningConfiguration;
import org.problemsolvinghub.learning.LearningDemoUsers;
import org.problemsolvinghub.learning.LearningInput;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo: the Connect journey (19 lessons, 8 hours), Coventry North enrolled three weeks ago by Sgt Laura
 * Jones with three weeks to go, and half of it done: Kiran Patel (the team's super user) has finished,
 * two are on track, two are behind and will be reminded on the reminder date.
 */
@Component
@ConditionalOnProperty(name = "hub.demo.enabled", havingValue = "true")
public class JourneyDemo {

    static final String CODE = "connect";
    static final String TEAM = "coventry-npt-north";

    private static final Object[][] LESSONS = {
        {"Welcome to Connect", 15}, {"Finding your way around", 20}, {"Searching people, places and objects", 30},
        {"Persons and their links", 25}, {"Recording an incident", 30}, {"Crime recording", 35}, {"Case files", 30},
        {"Custody: from arrest to release", 35}, {"Intelligence reports", 25}, {"Flags and warning markers", 20},
        {"Briefings", 20}, {"Tasks and your workload", 20}, {"Geo-fenced incidents for neighbourhood teams", 25},
        {"Visualising intelligence", 25}, {"Proactive Management Plans in Connect", 30}, {"Offender management", 25},
        {"Information quality: getting it right first time", 25}, {"Data protection and audit", 20},
        {"The practice system and the go-live checklist", 25}};

    /** Lessons done by each of the team: 47 of 95, about half. */
    private static final Map<String, Integer> DONE = Map.of("kpatel", 19, "jwalsh", 12, "aosei", 9, "tgrant", 5, "rkaur", 2);

    private final JourneyService journeys;
    private final LearningJourneyRepository journeyRepository;
    private final JourneyEnrolmentRepository enrolments;
    private final LessonCompletionRepository completions;
    private final LearningDemoUsers users;

    JourneyDemo(JourneyService journeys, LearningJourneyRepository journeyRepository, JourneyEnrolmentRepository enrolments,
            LessonCompletionRepository completions, LearningDemoUsers users) {
        this.journeys = journeys;
        this.journeyRepository = journeyRepository;
        this.enrolments = enrolments;
        this.completions = completions;
        this.users = users;
    }

    @Transactional
    public void createIfNone() {
        if (journeyRepository.existsById(CODE)) {
            return;
        }
        List<CreateJourneyRequest.Lesson> lessons = new ArrayList<>();
        for (Object[] lesson : LESSONS) {
            lessons.add(new CreateJourneyRequest.Lesson((String) lesson[0], (Integer) lesson[1]));
        }
        users.as("rgreen", () -> journeys.create(new CreateJourneyRequest(CODE, "Connect: the force's new operational system",
                "Case, custody, crime, briefings and intelligence in one connected system: the online journey every "
                        + "officer completes before go-live.", lessons)));
        LocalDate today = LearningInput.today();
        String reference = users.as("ljones", () -> journeys.enrol(CODE, new EnrolRequest(TEAM, today.plusWeeks(3))));
        LocalDate enrolledOn = today.minusWeeks(3);
        enrolments.findByReference(reference).orElseThrow().enrolledEarlier(enrolledOn);
        ZoneId zone = LearningConfiguration.FORCE_TIME_ZONE;
        DONE.forEach((userId, count) -> {
            for (int position = 1; position <= count; position++) {
                // Spread over the three weeks, at the end of a shift.
                LocalDate day = enrolledOn.plusDays((long) position * 20 / 19);
                completions.save(new LessonCompletion(CODE, userId, position, day.atTime(17, 30).atZone(zone).toInstant()));
            }
        });
    }
}
