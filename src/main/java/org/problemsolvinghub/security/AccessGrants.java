package org.problemsolvinghub.security;

import java.util.List;

import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/**
 * What one feature needs granted in Camunda, to role groups (never to single users). Each feature
 * declares its own as a bean ({@code PmpAccess}, ...); {@link AccessPolicySetup} writes them all at
 * start-up. Tasks need no grant: the engine gives a task's candidate groups and assignee their
 * permissions on it as it creates the task.
 */
public interface AccessGrants {

    record Grant(String groupId, Resource resource, String resourceId, List<Permission> permissions) {
    }

    List<Grant> grants();
}
