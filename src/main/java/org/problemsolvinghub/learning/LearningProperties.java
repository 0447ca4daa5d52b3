package org.problemsolvinghub.learning;

import java.time.Duration;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Learning policy that changes with the force, not with the code (application.yml, {@code hub.learning}):
 * how often webinars run and how many may register, when journey reminders go out, and how the
 * challenge counts.
 */
@ConfigurationProperties("hub.learning")
public record LearningProperties(Webinar webinar, Journey journey, Challenge challenge) {

    /**
     * @param interval       time between two sessions of a series (P2M: bi-monthly)
     * @param planAhead      how long before a session's date its planning starts (theme, speakers)
     * @param capacity       registrations a session takes unless the advisor sets another figure
     * @param feedbackWindow how long after a session its feedback is gathered
     * @param themeWindow    theme suggestions count open plans and those closed within this time
     * @param suggestions    how many theme suggestions the advisor is shown
     */
    public record Webinar(Period interval, Duration planAhead, int capacity, Duration feedbackWindow,
            Duration themeWindow, int suggestions, WebinarDue due) {
    }

    /** How long each step of a session may take before its task is overdue. */
    public record WebinarDue(Duration theme, Duration speakers, Duration announce, Duration reschedule,
            Duration attendance, Duration publish) {
    }

    /**
     * @param completeWithin  a team's due date when the enrolment names none
     * @param remindBeforeDue learners behind are reminded, and their supervisors told, this long before the due date
     * @param supervisorsDue  how long the supervisors' task may stay open
     */
    public record Journey(Period completeWithin, Period remindBeforeDue, Duration supervisorsDue) {
    }

    /**
     * @param days            daily tasks in a challenge
     * @param catchUpDays     how many days after its date a day may still be completed
     * @param pointsOnTime    points for a day completed on its date
     * @param pointsCaughtUp  points for a day caught up later, within the window
     * @param streakBadges    a badge for each run of this many consecutive days
     * @param milestoneBadges a badge for each of these numbers of days completed
     * @param resultsDue      how long the manager's "share the results" task may stay open
     */
    public record Challenge(int days, int catchUpDays, int pointsOnTime, int pointsCaughtUp,
            List<Integer> streakBadges, List<Integer> milestoneBadges, Duration resultsDue) {
    }
}
