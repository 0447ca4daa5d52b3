package org.problemsolvinghub.learning;

import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Lets the demo loaders act as demo users, through the same services and checks as the API. */
@Component
@ConditionalOnProperty(name = "hub.demo.enabled", havingValue = "true")
public class LearningDemoUsers {

    private final IdentityService identityService;
    private final LearningTeamMemberRepository members;

    LearningDemoUsers(IdentityService identityService, LearningTeamMemberRepository members) {
        this.identityService = identityService;
        this.members = members;
    }

    public <T> T as(String userId, Supplier<T> work) {
        List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identityService.setAuthentication(userId, groups);
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }

    public void as(String userId, Runnable work) {
        as(userId, () -> {
            work.run();
            return null;
        });
    }

    /** Puts a demo user in a team (the demo runs before anyone could have changed it). */
    public void inTeam(String teamCode, String userId, boolean superUser) {
        if (!members.existsById(new LearningTeamMember.Key(teamCode, userId))) {
            members.save(new LearningTeamMember(teamCode, userId, superUser));
        }
    }
}
