package org.problemsolvinghub.learning.journey;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.problemsolvinghub.learning.LearningRoles;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Learning journeys: set one up, enrol a team, record a lesson, and follow progress (a learner their own;
 * the area's supervisors, the team's super users and advisors per person, per team and per area).
 */
@RestController
@RequestMapping("/api/learning/journeys")
@PreAuthorize(LearningRoles.POLICE)
class JourneyController {

    private final JourneyService journeys;
    private final JourneyProgress progress;
    private final JourneyViews views;

    JourneyController(JourneyService journeys, JourneyProgress progress, JourneyViews views) {
        this.journeys = journeys;
        this.progress = progress;
        this.views = views;
    }

    @PostMapping
    @PreAuthorize(LearningRoles.ADVISORS)
    ResponseEntity<JourneyViews.JourneyView> create(@Valid @RequestBody CreateJourneyRequest request) {
        String code = journeys.create(request);
        return ResponseEntity.created(URI.create("/api/learning/journeys/" + code)).body(views.journey(code));
    }

    @GetMapping
    List<JourneyViews.JourneyView> list() {
        return views.journeys();
    }

    @GetMapping("/{code}")
    JourneyViews.JourneyView journey(@PathVariable String code) {
        return views.journey(code);
    }

    /** Enrols a team: its members are reminded if behind on the reminder date, and its supervisors told. */
    @PostMapping("/{code}/enrolments")
    @PreAuthorize(LearningRoles.SUPERVISORS_OR_ADVISORS)
    ResponseEntity<JourneyProgress.Team> enrol(@PathVariable String code, @Valid @RequestBody EnrolRequest request) {
        String reference = journeys.enrol(code, request);
        return ResponseEntity.created(URI.create("/api/learning/journeys/enrolments/" + reference))
                .body(progress.ofEnrolment(reference));
    }

    @GetMapping("/enrolments/{reference}")
    JourneyProgress.Team enrolment(@PathVariable String reference) {
        return progress.ofEnrolment(reference);
    }

    /** The current user has completed a lesson (numbered from 1). */
    @PostMapping("/{code}/lessons/{position}/completion")
    ResponseEntity<JourneyProgress.Person> completeLesson(@PathVariable String code, @PathVariable int position) {
        journeys.completeLesson(code, position);
        return ResponseEntity.status(201).body(progress.mine(code));
    }

    @GetMapping("/{code}/progress/me")
    JourneyProgress.Person mine(@PathVariable String code) {
        return progress.mine(code);
    }

    /** Progress per area and per team, for the teams this user may follow. */
    @GetMapping("/{code}/progress")
    JourneyProgress.Journey overview(@PathVariable String code) {
        return progress.overview(code);
    }

    @GetMapping("/{code}/progress/teams/{team}")
    JourneyProgress.Team team(@PathVariable String code, @PathVariable String team) {
        return progress.ofTeam(code, team);
    }
}
