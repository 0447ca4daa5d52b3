package org.problemsolvinghub.learning.webinar;

import java.util.List;
import java.util.stream.Collectors;

import org.problemsolvinghub.learning.LearningTeams;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the session's forms show that no process variable holds: {@code ${webinarForms.registered(...)}}. */
@Component("webinarForms")
public class WebinarForms {

    private final WebinarService webinars;
    private final RegistrationRepository registrations;
    private final LearningTeams teams;

    WebinarForms(WebinarService webinars, RegistrationRepository registrations, LearningTeams teams) {
        this.webinars = webinars;
        this.registrations = registrations;
        this.teams = teams;
    }

    /** The people registered for a session, one a line: "kpatel (Kiran Patel)". */
    @Transactional(readOnly = true)
    public String registered(String reference) {
        List<String> ids = registrations.findBySessionIdOrderByRegisteredAt(webinars.sessionOf(reference).getId())
                .stream().map(Registration::getUserId).toList();
        if (ids.isEmpty()) {
            return "Nobody registered through the hub.";
        }
        var names = teams.namesOf(ids);
        return ids.stream().map(id -> id + " (" + names.get(id) + ")").collect(Collectors.joining("\n"));
    }
}
