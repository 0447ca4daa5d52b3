package org.problemsolvinghub.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.CompositePermissionCheck;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Gives the engine the hub's authorization manager, which spares two costs of Camunda's own that grow with
 * the force's open work (issue #8, docs/performance.md), and changes no answer:
 * <ul>
 * <li>It keeps the user's groups as they are. Camunda narrows them to those with at least one authorization
 * row, and learns which those are by {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}: a scan of the
 * whole table, once per command. The table holds a row per open task for its candidate group (that is how a
 * partner sees only their agency's tasks). A group without grants matches no row, whether or not it is in the
 * list the queries compare with.</li>
 * <li>It leaves the authorization join out of a task query that can find only the user's own tasks
 * ({@link OwnTaskQueries}): assigned to them or offered to their groups, which Camunda granted them as
 * it offered them. Where revocations are in use, every query is checked as Camunda checks it.</li>
 * </ul>
 */
@Component
class AuthorizationManagerPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineManagers.replace(configuration, AuthorizationManager.class, HubAuthorizationManager::new);
    }

    static class HubAuthorizationManager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? List.of() : new ArrayList<>(authenticatedGroupIds);
        }

        @Override
        public void configureTaskQuery(TaskQueryImpl query) {
            super.configureTaskQuery(query);
            AuthorizationCheck check = query.getAuthCheck();
            Authentication user = getCurrentAuthentication();
            if (check.isAuthorizationCheckEnabled() && !check.isRevokeAuthorizationCheckEnabled() && user != null
                    && OwnTaskQueries.onlyOwnTasks(query, user.getUserId(), check.getAuthGroupIds())) {
                check.setPermissionChecks(new CompositePermissionCheck());
            }
        }
    }
}
