package org.problemsolvinghub.rotation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.problemsolvinghub.organisation.HubGroups;
import org.problemsolvinghub.organisation.ResponseTeamRepository;
import org.problemsolvinghub.system.HubClock;
import org.problemsolvinghub.system.InvalidInputException;
import org.problemsolvinghub.system.InvalidInputException.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications up to acceptance: registration (volunteered or nominated), the eligibility table's
 * answer, the line manager's open conversation and release, and the refusals, each recorded with who
 * decided and why. The delegates call these in the engine's transaction.
 */
@Service
class Applications {

    private final RotationRepository rotations;
    private final RotationRecords records;
    private final RotationReferences references;
    private final ResponseTeamRepository teams;
    private final Places places;
    private final IdentityService identityService;

    Applications(RotationRepository rotations, RotationRecords records, RotationReferences references,
            ResponseTeamRepository teams, Places places, IdentityService identityService) {
        this.rotations = rotations;
        this.records = records;
        this.references = references;
        this.teams = teams;
        this.places = places;
        this.identityService = identityService;
    }

    /**
     * Checks and saves a new application. An officer applies for themselves; a response supervisor or a
     * public contact manager may nominate an officer ("some volunteer, some are picked").
     */
    @Transactional
    Rotation register(Application application, RotationTrack track, String appliedBy, String processInstanceId) {
        String officer = blank(application.officer()) ? appliedBy : application.officer().strip();
        Application checked = new Application(officer, strip(application.team()), strip(application.lineManager()),
                application.intake(), application.joinedForceOn(), strip(application.motivation()));
        RotationRoute route = check(checked, track, appliedBy);
        Instant now = HubClock.now();
        // Taking the reference first locks the year's counter row until commit, so two applications for
        // one officer at the same moment are checked one after the other, not both let through.
        String reference = references.next(now);
        if (rotations.existsByOfficerIdAndStatusIn(officer, openStatuses())) {
            throw PolicyRefusedException.conflict("ONE_OPEN_APPLICATION", officer
                    + " already has an application or rotation under way: one at a time", "officer");
        }
        Rotation rotation = new Rotation(reference, track, checked, nameOf(officer), route, appliedBy, now);
        rotation.linkProcessInstance(processInstanceId);
        return rotations.save(rotation);
    }

    /** The eligibility table's answer: on to the next step, or refused with the table's rule and reason. */
    @Transactional
    void recordEligibility(String reference, boolean eligible, String rule, String reason) {
        Rotation rotation = records.get(reference);
        if (eligible) {
            rotation.moveTo(rotation.getTrack() == RotationTrack.ROTATION ? RotationStatus.CONVERSATION
                    : RotationStatus.ACCEPTANCE);
        } else {
            rotation.refuse("ELIGIBILITY", rule, reason, null);
        }
    }

    /** The open conversation about the role; the officer may decide not to go. */
    @Transactional
    void recordConversation(String reference, Boolean held, Boolean willing, String notes, String by) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!Boolean.TRUE.equals(held)) {
            problems.add(new FieldProblem("conversationHeld",
                    "have the conversation with the officer before the application goes on"));
        }
        if (blank(notes) || notes.strip().length() < 10) {
            problems.add(new FieldProblem("conversationNotes",
                    "note what was said: how the officer feels about the role, and any worries about workload"));
        }
        if (willing == null) {
            problems.add(new FieldProblem("officerWilling", "say whether the officer still wants to go"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Rotation rotation = records.get(reference);
        rotation.recordConversation(RotationCalendar.today(), notes.strip(), by);
        if (!willing) {
            places.withdraw(reference, "the officer chose not to go after the conversation", by);
        }
    }

    /** The line manager releases the officer from response duty, or refuses with a reason. */
    @Transactional
    void recordRelease(String reference, String decision, String reason, Boolean workloadHandedOver, String by) {
        Rotation rotation = records.get(reference);
        if ("RELEASE".equals(decision)) {
            if (!Boolean.TRUE.equals(workloadHandedOver)) {
                throw new InvalidInputException("workloadHandedOver", "an officer on rotation has no response "
                        + "workload: confirm their cases will be handed over before they go");
            }
            rotation.release(by, HubClock.now());
        } else if ("REFUSE".equals(decision)) {
            rotation.refuse("RELEASE", "LINE_MANAGER_REFUSED", requireReason(reason, "releaseReason"), by);
        } else {
            throw new InvalidInputException("releaseDecision", "choose RELEASE or REFUSE");
        }
    }

    /** The public contact manager's decision: accepted against the cap (placed or waiting), or refused. */
    @Transactional
    Places.Placement recordAcceptance(String reference, String decision, String reason, LocalDate intake, String by) {
        if ("ACCEPT".equals(decision)) {
            return places.accept(reference, intake, by);
        }
        if ("REFUSE".equals(decision)) {
            records.get(reference).refuse("ACCEPTANCE", "PUBLIC_CONTACT_MANAGER_REFUSED",
                    requireReason(reason, "acceptanceReason"), by);
            return null;
        }
        throw new InvalidInputException("acceptanceDecision", "choose ACCEPT or REFUSE");
    }

    /** Training-only path: the public contact manager accepts the officer for training, no place needed. */
    @Transactional
    boolean recordOvertimeAcceptance(String reference, String decision, String reason, String by) {
        Rotation rotation = records.get(reference);
        if ("ACCEPT".equals(decision)) {
            rotation.acceptForTraining(by, HubClock.now());
            return true;
        }
        if ("REFUSE".equals(decision)) {
            rotation.refuse("ACCEPTANCE", "PUBLIC_CONTACT_MANAGER_REFUSED", requireReason(reason, "acceptanceReason"), by);
            return false;
        }
        throw new InvalidInputException("acceptanceDecision", "choose ACCEPT or REFUSE");
    }

    String nameOf(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).strip();
    }

    private RotationRoute check(Application a, RotationTrack track, String appliedBy) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!isMember(a.officer(), HubGroups.OFFICERS)) {
            problems.add(new FieldProblem("officer", "'" + a.officer() + "' is not a police officer of the hub"));
        }
        RotationRoute route = a.officer().equals(appliedBy) ? RotationRoute.VOLUNTEERED : RotationRoute.NOMINATED;
        if (route == RotationRoute.NOMINATED && (track == RotationTrack.OVERTIME_ONLY || appliedBy == null
                || !(isMember(appliedBy, HubGroups.RESPONSE_SUPERVISORS)
                        || isMember(appliedBy, HubGroups.PUBLIC_CONTACT_MANAGERS)))) {
            problems.add(new FieldProblem("officer", track == RotationTrack.OVERTIME_ONLY
                    ? "officers apply for overtime-only training themselves"
                    : "only response supervisors and public contact managers nominate officers; leave it empty to apply yourself"));
        }
        if (blank(a.team()) || !teams.existsById(a.team())) {
            problems.add(new FieldProblem("team", "choose the officer's response team: " + String.join(", ",
                    teams.findAll().stream().map(t -> t.getCode()).sorted().toList())));
        } else if (track == RotationTrack.ROTATION
                && (blank(a.lineManager()) || !isMember(a.lineManager(), HubGroups.responseSupervisorsOf(a.team())))) {
            problems.add(new FieldProblem("lineManager", "give the login of a response supervisor of " + a.team()
                    + ", who will have the conversation with the officer"));
        }
        if (track == RotationTrack.ROTATION) {
            try {
                places.requireUpcomingIntake(a.intake());
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (a.joinedForceOn() == null || a.joinedForceOn().isAfter(RotationCalendar.today())) {
            problems.add(new FieldProblem("joinedForceOn", "give the date the officer joined the force"));
        }
        if (a.motivation() != null && a.motivation().length() > 1000) {
            problems.add(new FieldProblem("motivation", "at most 1000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return route;
    }

    private boolean isMember(String userId, String group) {
        return !blank(userId) && identityService.createUserQuery().userId(userId).memberOfGroup(group).count() > 0;
    }

    private static List<RotationStatus> openStatuses() {
        return java.util.Arrays.stream(RotationStatus.values()).filter(RotationStatus::isOpen).toList();
    }

    private static String requireReason(String reason, String field) {
        if (blank(reason)) {
            throw new InvalidInputException(field, "give the reason: the officer will be told it");
        }
        return reason.strip();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
