package org.problemsolvinghub.learning.webinar;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.problemsolvinghub.learning.LearningRoles;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The webinar series through the API. The advisors' steps (theme, speakers, announcement, attendance,
 * recording) are Tasklist tasks; here are what everyone else does (see, register, give feedback),
 * the figures, and what has no task: starting or ending a series, cancelling a session.
 */
@RestController
@RequestMapping("/api/learning/webinars")
class WebinarController {

    record CancelRequest(String reason) {
    }

    private final WebinarService webinars;
    private final WebinarAudience audience;
    private final WebinarViews views;
    private final ThemeSuggestions themes;

    WebinarController(WebinarService webinars, WebinarAudience audience, WebinarViews views, ThemeSuggestions themes) {
        this.webinars = webinars;
        this.audience = audience;
        this.views = views;
        this.themes = themes;
    }

    @PostMapping("/series")
    @PreAuthorize(LearningRoles.ADVISORS)
    ResponseEntity<SeriesView> startSeries(@Valid @RequestBody StartSeriesRequest request) {
        String reference = webinars.startSeries(request);
        return ResponseEntity.created(URI.create("/api/learning/webinars/series/" + reference)).body(views.series(reference));
    }

    @GetMapping("/series")
    @PreAuthorize(LearningRoles.POLICE)
    List<SeriesView> allSeries() {
        return views.allSeries();
    }

    @GetMapping("/series/{reference}")
    @PreAuthorize(LearningRoles.POLICE)
    SeriesView series(@PathVariable String reference) {
        return views.series(reference);
    }

    /** Ends a series: sessions under way go on, no new one is planned. */
    @PostMapping("/series/{reference}/end")
    @PreAuthorize(LearningRoles.ADVISORS)
    SeriesView endSeries(@PathVariable String reference) {
        webinars.endSeries(reference);
        return views.series(reference);
    }

    /** Enters a session held before the hub, so its recording joins the library. */
    @PostMapping("/series/{reference}/past-sessions")
    @PreAuthorize(LearningRoles.ADVISORS)
    ResponseEntity<SessionView> importPastSession(@PathVariable String reference,
            @Valid @RequestBody PastSessionRequest request) {
        String session = webinars.importPastSession(reference, request);
        return ResponseEntity.created(URI.create("/api/learning/webinars/sessions/" + session)).body(views.session(session));
    }

    /** Sessions this user may see: police staff every one, partners those their agency was invited to. */
    @GetMapping("/sessions")
    List<SessionView> sessions(@RequestParam(required = false) SessionStatus status) {
        return views.sessions(status);
    }

    @GetMapping("/sessions/{reference}")
    SessionView session(@PathVariable String reference) {
        return views.session(reference);
    }

    @PostMapping("/sessions/{reference}/registrations")
    ResponseEntity<SessionView> register(@PathVariable String reference) {
        audience.register(reference);
        return ResponseEntity.status(201).body(views.session(reference));
    }

    @DeleteMapping("/sessions/{reference}/registrations/me")
    ResponseEntity<Void> withdraw(@PathVariable String reference) {
        audience.withdraw(reference);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/sessions/{reference}/feedback")
    ResponseEntity<SessionView> feedback(@PathVariable String reference, @Valid @RequestBody FeedbackRequest request) {
        audience.giveFeedback(reference, request);
        return ResponseEntity.status(201).body(views.session(reference));
    }

    /** Cancels an announced session; the advisors then reschedule it or call it off in Tasklist. */
    @PostMapping("/sessions/{reference}/cancel")
    @PreAuthorize(LearningRoles.ADVISORS)
    SessionView cancel(@PathVariable String reference, @RequestBody CancelRequest request) {
        webinars.cancel(reference, request.reason());
        return views.session(reference);
    }

    @GetMapping("/figures")
    @PreAuthorize(LearningRoles.POLICE)
    WebinarViews.Figures figures() {
        return views.figures();
    }

    /** The short list the advisor is shown when choosing a theme, or with {@code ?all=true} every suggestion. */
    @GetMapping("/theme-suggestions")
    @PreAuthorize(LearningRoles.POLICE)
    List<ThemeSuggestion> themeSuggestions(@RequestParam(defaultValue = "false") boolean all) {
        return all ? themes.ranked() : themes.current();
    }
}
