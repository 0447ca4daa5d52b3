package org.problemsolvinghub.learning.webinar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.problemsolvinghub.learning.LearningConfiguration;
import org.problemsolvinghub.learning.LearningDemoUsers;
import org.problemsolvinghub.system.HubClock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo: Tactical Thursdays, started by the advisor Rachel Green, its next session waiting for her to
 * choose a theme, and five sessions held before the hub (average attendance 35, the most 70, as in the
 * force's own figures) whose recordings are in the library.
 */
@Component
@ConditionalOnProperty(name = "hub.demo.enabled", havingValue = "true")
public class WebinarDemo {

    static final String NAME = "Tactical Thursdays";

    private final WebinarService webinars;
    private final WebinarSeriesRepository series;
    private final LearningDemoUsers users;

    WebinarDemo(WebinarService webinars, WebinarSeriesRepository series, LearningDemoUsers users) {
        this.webinars = webinars;
        this.series = series;
        this.users = users;
    }

    public void createIfNone() {
        if (series.existsByName(NAME)) {
            return;
        }
        LocalDate today = HubClock.now().atZone(LearningConfiguration.FORCE_TIME_ZONE).toLocalDate();
        LocalDate next = today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        users.as("rgreen", () -> {
            String reference = webinars.startSeries(new StartSeriesRequest(NAME,
                    "Problem-solving tactics officers, staff and partners are using, from the people using them. "
                            + "Bi-monthly on Teams; every session is recorded for the library.",
                    next.toString(), "10:00"));
            List<String> councils = List.of("coventry-council-asb", "birmingham-council-asb");
            past(reference, next.minusMonths(10), "Joint working with the council: civil interventions",
                    "Civil interventions", "Coventry City Council ASB team; Insp Sarah Brown", 78, 70, councils,
                    "Community protection notices, civil injunctions and closure orders: what each needs, how long they "
                            + "take, and how neighbourhood officers and council ASB officers build the case together.");
            past(reference, next.minusMonths(8), "Using surveys to understand a problem", "Surveys", "Alex Wright, analyst",
                    40, 31, List.of(), "Designing a short residents' survey, getting answers from people who do not come "
                            + "to PACT meetings, and using the results as a baseline for a plan's objectives.");
            past(reference, next.minusMonths(6), "Burglary prevention that works", "Burglary prevention",
                    "PC Kiran Patel; Citizen housing association", 45, 38, List.of("citizen-housing"),
                    "Target hardening with a housing provider: locks, lighting and alley gates, and checking for "
                            + "displacement to nearby streets afterwards.");
            past(reference, next.minusMonths(4), "Vehicle relay devices and stop-search", "Vehicle crime",
                    "Jaguar Land Rover vehicle security team", 30, 24, List.of(),
                    "How keyless cars are stolen with relay devices, what officers should look for, and the grounds "
                            + "for a stop-search.");
            past(reference, next.minusMonths(2), "Problem-solving in investigations", "SARA in investigations",
                    "DS Priya Shah, investigations", 20, 12, List.of(),
                    "Using scanning and analysis on repeat victims in a crime series, and handing a recurring problem "
                            + "to the neighbourhood team as a PMP.");
        });
    }

    private void past(String series, LocalDate monthsBefore, String title, String theme, String speakers, int registered,
            int attended, List<String> invited, String summary) {
        LocalDate heldOn = monthsBefore.with(TemporalAdjusters.previousOrSame(DayOfWeek.THURSDAY));
        String slug = title.toLowerCase().replaceAll("[^a-z]+", "-");
        webinars.importPastSession(series, new PastSessionRequest(heldOn.toString(), title, theme, summary, speakers,
                registered, attended, "https://stream.example.org/tactical-thursdays/" + slug, null, summary, invited));
    }
}
