package org.problemsolvinghub.security;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the hub itself, after the hub has checked who may ask for them: re-routing a
 * moved plan's tasks, starting an action's process from an API edit, keeping a form's copy of the plan
 * in step. Camunda already skips its checks for calls made inside a delegate; this is the same for
 * calls a hub service makes on a user's behalf.
 */
@Component
public class AsHub {

    private final IdentityService identityService;

    AsHub(IdentityService identityService) {
        this.identityService = identityService;
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    public <T> T call(Supplier<T> work) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }
}
