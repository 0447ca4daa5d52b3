package org.problemsolvinghub.learning;

import java.time.Duration;
import java.util.Date;

import org.problemsolvinghub.system.HubClock;
import org.springframework.stereotype.Component;

/** Due dates of learning's tasks, from configuration: {@code camunda:dueDate="${learningDue.webinarTheme()}"}. */
@Component("learningDue")
public class LearningDueDates {

    private final LearningProperties properties;

    LearningDueDates(LearningProperties properties) {
        this.properties = properties;
    }

    public Date webinarTheme() {
        return in(properties.webinar().due().theme());
    }

    public Date webinarSpeakers() {
        return in(properties.webinar().due().speakers());
    }

    public Date webinarAnnounce() {
        return in(properties.webinar().due().announce());
    }

    public Date webinarReschedule() {
        return in(properties.webinar().due().reschedule());
    }

    public Date webinarAttendance() {
        return in(properties.webinar().due().attendance());
    }

    public Date webinarPublish() {
        return in(properties.webinar().due().publish());
    }

    public Date journeySupervisors() {
        return in(properties.journey().supervisorsDue());
    }

    public Date challengeResults() {
        return in(properties.challenge().resultsDue());
    }

    private static Date in(Duration duration) {
        return Date.from(HubClock.now().plus(duration));
    }
}
