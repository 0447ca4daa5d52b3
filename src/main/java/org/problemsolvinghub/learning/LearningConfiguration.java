package org.problemsolvinghub.learning;

import java.time.ZoneId;

import org.problemsolvinghub.system.HubClock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Turns on {@link LearningProperties}; holds the force's time zone, in which dates and days are counted. */
@Configuration
@EnableConfigurationProperties(LearningProperties.class)
public class LearningConfiguration {

    /** A challenge day, a journey's due date and a session's local time are all the force's. */
    public static final ZoneId FORCE_TIME_ZONE = HubClock.ZONE;
}
