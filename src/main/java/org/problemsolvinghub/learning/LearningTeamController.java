package org.problemsolvinghub.learning;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Neighbourhood teams for learning, and their members and super users (kept by the area's supervisors). */
@RestController
@RequestMapping("/api/learning/teams")
@PreAuthorize(LearningRoles.POLICE)
class LearningTeamController {

    record MemberRequest(Boolean superUser) {
    }

    private final LearningTeams teams;

    LearningTeamController(LearningTeams teams) {
        this.teams = teams;
    }

    @GetMapping
    List<LearningTeams.TeamView> list() {
        return teams.list();
    }

    @GetMapping("/{code}")
    LearningTeams.TeamView find(@PathVariable String code) {
        return teams.find(code);
    }

    @PutMapping("/{code}/members/{userId}")
    LearningTeams.TeamView putMember(@PathVariable String code, @PathVariable String userId,
            @RequestBody(required = false) MemberRequest request) {
        return teams.putMember(code, userId, request != null && Boolean.TRUE.equals(request.superUser()));
    }

    @DeleteMapping("/{code}/members/{userId}")
    ResponseEntity<Void> removeMember(@PathVariable String code, @PathVariable String userId) {
        teams.removeMember(code, userId);
        return ResponseEntity.noContent().build();
    }
}
