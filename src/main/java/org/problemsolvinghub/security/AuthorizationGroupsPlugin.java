package org.problemsolvinghub.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Stops the engine reading every group that holds any grant at the start of each command that checks
 * authorizations. Camunda narrows the user's groups to those with at least one authorization row, and
 * learns which those are by {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}: a scan of the
 * whole table, once per command. The hub's table holds a row per open task for its candidate group (that
 * is how a partner sees only their agency's tasks), so the scan grows with the force's open work: about
 * 1 ms each on the benchmark's 12,800 rows, four times for one Tasklist page (issue #8, docs/performance.md).
 * <p>
 * Narrowing changes no answer: a group without grants matches no authorization row, whether or not it is
 * in the list the queries compare with. So the hub's authorization manager keeps the user's groups as they
 * are. Everything else about authorization checks is Camunda's own.
 */
@Component
class AuthorizationGroupsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        // A custom factory for a session type replaces the engine's own (ProcessEngineConfigurationImpl).
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new UserGroupsAsTheyAre();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    static class UserGroupsAsTheyAre extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? List.of() : new ArrayList<>(authenticatedGroupIds);
        }
    }
}
