package org.problemsolvinghub.learning.webinar;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.problemsolvinghub.learning.LearningConfiguration;
import org.problemsolvinghub.learning.LearningViewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Series, sessions and their figures as each user may see them. */
@Service
public class WebinarViews {

    /** One session's figures: registered, attended (the seed's average is 35, the most 70), feedback. */
    public record SessionFigures(String reference, String title, Instant startsAt, SessionStatus status,
            long registered, Integer attended, long feedbackCount, Double averageRating) {
    }

    public record YearFigures(int year, int sessionsHeld, int attended, double averageAttendance) {
    }

    /** Figures over time: per session, per year, and over all sessions held. */
    public record Figures(int sessionsHeld, double averageAttendance, Integer mostAttended, String mostAttendedSession,
            long feedbackCount, Double averageRating, List<SessionFigures> sessions, List<YearFigures> byYear) {
    }

    private final WebinarSeriesRepository series;
    private final WebinarSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final FeedbackRepository feedback;
    private final WebinarAudience audience;
    private final LearningViewer viewer;

    WebinarViews(WebinarSeriesRepository series, WebinarSessionRepository sessions, RegistrationRepository registrations,
            FeedbackRepository feedback, WebinarAudience audience, LearningViewer viewer) {
        this.series = series;
        this.sessions = sessions;
        this.registrations = registrations;
        this.feedback = feedback;
        this.audience = audience;
        this.viewer = viewer;
    }

    @Transactional(readOnly = true)
    public List<SeriesView> allSeries() {
        return series.findAllByOrderByStartedAtDesc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public SeriesView series(String reference) {
        return series.findByReference(reference).map(this::view)
                .orElseThrow(() -> new org.problemsolvinghub.system.NotFoundException("No series " + reference));
    }

    @Transactional(readOnly = true)
    public List<SessionView> sessions(SessionStatus status) {
        return sessions.findAllByOrderByStartsAtDesc().stream().filter(audience::canSee)
                .filter(s -> status == null || s.getStatus() == status).map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public SessionView session(String reference) {
        return view(audience.visible(reference));
    }

    @Transactional(readOnly = true)
    public Figures figures() {
        List<SessionFigures> held = sessions.findAllByOrderByStartsAtDesc().stream()
                .filter(s -> s.getAttendedCount() != null)
                .sorted(Comparator.comparing(WebinarSession::getStartsAt))
                .map(this::figures).toList();
        int total = held.stream().mapToInt(SessionFigures::attended).sum();
        SessionFigures most = held.stream().max(Comparator.comparing(SessionFigures::attended)).orElse(null);
        List<Feedback> all = feedback.findAll();
        Map<Integer, List<SessionFigures>> byYear = held.stream().collect(Collectors.groupingBy(
                f -> f.startsAt().atZone(LearningConfiguration.FORCE_TIME_ZONE).getYear(), TreeMap::new, Collectors.toList()));
        List<YearFigures> years = new ArrayList<>();
        byYear.forEach((year, list) -> {
            int attended = list.stream().mapToInt(SessionFigures::attended).sum();
            years.add(new YearFigures(year, list.size(), attended, round((double) attended / list.size())));
        });
        return new Figures(held.size(), held.isEmpty() ? 0 : round((double) total / held.size()),
                most == null ? null : most.attended(), most == null ? null : most.reference(), all.size(),
                average(all), held, years);
    }

    SessionFigures figures(WebinarSession s) {
        List<Feedback> given = feedback.findBySessionId(s.getId());
        return new SessionFigures(s.getReference(), s.getTitle(), s.getStartsAt(), s.getStatus(), registered(s),
                s.getAttendedCount(), given.size(), average(given));
    }

    SessionView view(WebinarSession s) {
        WebinarSeries of = series.findById(s.getSeriesId()).orElseThrow();
        long registered = registered(s);
        boolean mine = viewer.id() != null && registrations.findBySessionIdAndUserId(s.getId(), viewer.id()).isPresent();
        List<Feedback> given = feedback.findBySessionId(s.getId());
        // Partners see that they were invited, not which other agencies were.
        List<String> invited = viewer.isPolice() ? s.getInvitedAgencies().stream().sorted().toList() : null;
        return new SessionView(s.getReference(), of.getReference(), of.getName(), s.getStatus(), s.getStartsAt(),
                s.getPlannedAt(), s.getTheme(), s.getTitle(), s.getDescription(), s.getSpeakers(), s.getSpeakerAgency(),
                s.getJoiningLink(), s.getCapacity(), registered, Math.max(0, s.getCapacity() - registered), mine,
                s.getAttendedCount(), given.size(), average(given), s.getRecordingLink(), s.getSlidesLink(),
                s.getSummary(), s.getPublishedAt(), invited, s.getCancelReason(), s.getTimesRescheduled(),
                s.getFeedbackClosesAt(), s.isImported());
    }

    private SeriesView view(WebinarSeries s) {
        List<SeriesView.Item> items = sessions.findBySeriesIdOrderByPlannedAt(s.getId()).stream()
                .filter(audience::canSee)
                .map(x -> new SeriesView.Item(x.getReference(), x.getStatus(), x.getStartsAt(), x.getTitle(),
                        x.getAttendedCount()))
                .toList();
        return new SeriesView(s.getReference(), s.getName(), s.getDescription(), s.getStatus(),
                s.getInterval().toString(), s.getFirstSessionAt(), s.getStartedBy(), s.getStartedAt(), s.getEndedAt(), items);
    }

    private long registered(WebinarSession s) {
        return s.isImported() && s.getImportedRegistrations() != null ? s.getImportedRegistrations()
                : registrations.countBySessionId(s.getId());
    }

    private static Double average(List<Feedback> given) {
        OptionalDouble avg = given.stream().mapToInt(Feedback::getRating).average();
        return avg.isPresent() ? round(avg.getAsDouble()) : null;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
