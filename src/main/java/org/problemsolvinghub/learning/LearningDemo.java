package org.problemsolvinghub.learning;

import org.problemsolvinghub.learning.challenge.ChallengeDemo;
import org.problemsolvinghub.learning.journey.JourneyDemo;
import org.problemsolvinghub.learning.webinar.WebinarDemo;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Learning's demo data, after the demo force's people (order 20): Coventry North's and Birmingham
 * North's neighbourhood teams, the Tactical Thursdays series with five past sessions and their
 * recordings, the Connect journey half done by Coventry North, and a 30-day challenge in its second week.
 * Each part is loaded once: a restart leaves what is there.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "hub.demo.enabled", havingValue = "true")
class LearningDemo implements ApplicationRunner {

    private final LearningDemoUsers users;
    private final WebinarDemo webinars;
    private final JourneyDemo journeys;
    private final ChallengeDemo challenges;

    LearningDemo(LearningDemoUsers users, WebinarDemo webinars, JourneyDemo journeys, ChallengeDemo challenges) {
        this.users = users;
        this.webinars = webinars;
        this.journeys = journeys;
        this.challenges = challenges;
    }

    @Override
    public void run(ApplicationArguments args) {
        users.inTeam("coventry-npt-north", "kpatel", true);
        for (String officer : new String[] {"jwalsh", "aosei", "tgrant", "rkaur"}) {
            users.inTeam("coventry-npt-north", officer, false);
        }
        users.inTeam("birmingham-npt-north", "bcole", false);
        users.inTeam("birmingham-npt-north", "nadeyemi", true);
        webinars.createIfNone();
        journeys.createIfNone();
        challenges.createIfNone();
    }
}
