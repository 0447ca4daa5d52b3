package org.problemsolvinghub.learning.webinar;

import java.util.Collections;

import org.problemsolvinghub.learning.LearningViewer;
import org.problemsolvinghub.system.HubClock;
import org.problemsolvinghub.system.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * The people a session is for: who may see it (police staff all sessions; a partner only the
 * sessions their agency was invited to, once announced), registration up to the capacity, and
 * feedback while it is being gathered.
 */
@Service
public class WebinarAudience {

    private final WebinarSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final FeedbackRepository feedback;
    private final LearningViewer viewer;

    WebinarAudience(WebinarSessionRepository sessions, RegistrationRepository registrations,
            FeedbackRepository feedback, LearningViewer viewer) {
        this.sessions = sessions;
        this.registrations = registrations;
        this.feedback = feedback;
        this.viewer = viewer;
    }

    public boolean canSee(WebinarSession session) {
        if (viewer.isPolice()) {
            return true;
        }
        return session.getStatus() != SessionStatus.PLANNED
                && !Collections.disjoint(session.getInvitedAgencies(), viewer.agencies());
    }

    /** The session if this user may see it; a session hidden from them is answered as absent. */
    WebinarSession visible(String reference) {
        return sessions.findByReference(reference).filter(this::canSee)
                .orElseThrow(() -> new NotFoundException("No session " + reference + " that you may see"));
    }

    @Transactional
    public void register(String reference) {
        WebinarSession session = visible(reference);
        String me = viewer.id();
        if (registrations.findBySessionIdAndUserId(session.getId(), me).isPresent()) {
            return;
        }
        if (session.getStatus() != SessionStatus.ANNOUNCED || !HubClock.now().isBefore(session.getStartsAt())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "Registration for " + reference + " is not open (the session is " + session.getStatus() + ")");
        }
        if (registrations.countBySessionId(session.getId()) >= session.getCapacity()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "Session " + reference + " is full: all " + session.getCapacity() + " places are taken");
        }
        registrations.save(new Registration(session.getId(), me, HubClock.now()));
    }

    @Transactional
    public void withdraw(String reference) {
        WebinarSession session = visible(reference);
        if (!HubClock.now().isBefore(session.getStartsAt())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "Session " + reference + " has started");
        }
        registrations.findBySessionIdAndUserId(session.getId(), viewer.id()).ifPresent(registrations::delete);
    }

    @Transactional
    public void giveFeedback(String reference, FeedbackRequest request) {
        WebinarSession session = visible(reference);
        if (session.getStatus() != SessionStatus.HELD || session.getFeedbackClosesAt() == null
                || !HubClock.now().isBefore(session.getFeedbackClosesAt())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "Feedback on " + reference + " is not being gathered (the session is " + session.getStatus() + ")");
        }
        if (feedback.existsBySessionIdAndUserId(session.getId(), viewer.id())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "You have already given feedback on " + reference);
        }
        feedback.save(new Feedback(session.getId(), viewer.id(), request.rating(), strip(request.comment()),
                strip(request.themesWanted()), HubClock.now()));
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
