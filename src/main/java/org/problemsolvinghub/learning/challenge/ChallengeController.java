package org.problemsolvinghub.learning.challenge;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Habit challenges: set one up, join, complete a day with a reflection, read the cohort's, see the leaderboard. */
@RestController
@RequestMapping("/api/learning/challenges")
@PreAuthorize(LearningRoles.POLICE)
class ChallengeController {

    record JoinRequest(String team) {
    }

    record CompleteDayRequest(String reflection) {
    }

    private final ChallengeService challenges;
    private final ChallengeViews views;

    ChallengeController(ChallengeService challenges, ChallengeViews views) {
        this.challenges = challenges;
        this.views = views;
    }

    @PostMapping
    @PreAuthorize(LearningRoles.SUPERVISORS_OR_ADVISORS)
    ResponseEntity<ChallengeViews.ChallengeView> setUp(@Valid @RequestBody SetUpChallengeRequest request) {
        String reference = challenges.setUp(request);
        return ResponseEntity.created(URI.create("/api/learning/challenges/" + reference)).body(views.challenge(reference));
    }

    @GetMapping
    List<ChallengeViews.ChallengeView> all() {
        return views.all();
    }

    @GetMapping("/{reference}")
    ChallengeViews.ChallengeView challenge(@PathVariable String reference) {
        return views.challenge(reference);
    }

    @PostMapping("/{reference}/participants")
    ResponseEntity<ChallengeViews.MyProgress> join(@PathVariable String reference,
            @RequestBody(required = false) JoinRequest request) {
        challenges.join(reference, request == null ? null : request.team());
        return ResponseEntity.status(201).body(views.mine(reference));
    }

    /** Completes a day (numbered from 1) with a short reflection the rest of the cohort can read. */
    @PostMapping("/{reference}/days/{day}")
    ResponseEntity<ChallengeViews.MyProgress> complete(@PathVariable String reference, @PathVariable int day,
            @RequestBody CompleteDayRequest request) {
        challenges.complete(reference, day, request.reflection());
        return ResponseEntity.status(201).body(views.mine(reference));
    }

    @GetMapping("/{reference}/days/{day}/reflections")
    List<ChallengeViews.Reflection> reflections(@PathVariable String reference, @PathVariable int day) {
        return views.reflections(reference, day);
    }

    @GetMapping("/{reference}/me")
    ChallengeViews.MyProgress mine(@PathVariable String reference) {
        return views.mine(reference);
    }

    /** Force-wide (or one team's, with {@code ?team=}), and the teams ranked by average points. */
    @GetMapping("/{reference}/leaderboard")
    ChallengeViews.Leaderboard leaderboard(@PathVariable String reference, @RequestParam(required = false) String team) {
        return views.leaderboard(reference, team);
    }
}
