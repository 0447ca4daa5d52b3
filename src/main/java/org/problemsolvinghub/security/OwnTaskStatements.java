package org.problemsolvinghub.security;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs Tasklist's filters with the hub's statement, which PostgreSQL can stop early on (issue #8,
 * docs/performance.md). Camunda's task query finds the tasks offered to the user's groups by joining the identity
 * links, so it must select {@code distinct} over every column; PostgreSQL 15 then finds and sorts every match
 * (882 overdue tasks for a supervisor of the benchmark's volume) to return a page of 15. The hub's statement
 * ({@code own-task-statements.xml}) asks the same with an {@code exists} over the links: no duplicates, no
 * {@code distinct}, and the page is read newest first from the creation-time index until it is full.
 * <p>
 * The two mean the same only for some queries, so a query is handed to the hub's statement only when it
 * {@link #fits}: no authorization check left in its SQL (Tasklist's filters, {@link OwnTaskQueries}), nothing but
 * an assignee, candidate groups and due dates in it, candidate groups in one of its parts only (with them in two,
 * Camunda's join asks for one link matching both, an {@code exists} per part for a link each), and sorted by the
 * task's own columns. Every other query, and every field a later Camunda adds, goes to Camunda's statement.
 */
@Component
class OwnTaskStatements extends AbstractProcessEnginePlugin {

    static final String NAMESPACE = "org.problemsolvinghub.security.OwnTaskStatements";

    private static final String MAPPER = "org/problemsolvinghub/security/own-task-statements.xml";
    private static final String LIST = NAMESPACE + ".selectTasks";
    private static final String COUNT = NAMESPACE + ".selectTaskCount";

    /** Criteria the hub's statement writes, in the query's and-part and in an or-part. */
    private static final Set<String> AND_CRITERIA = Set.of("assignee", "candidateGroup", "candidateGroups",
            "includeAssignedTasks", "dueDate", "dueBefore", "dueAfter");
    private static final Set<String> OR_CRITERIA = Set.of("assignee", "candidateGroup", "candidateGroups",
            "includeAssignedTasks");

    /**
     * The query's bookkeeping, what the engine does with the tasks after the statement, and modifiers of variable
     * criteria (which send a query to Camunda's statement in any case): not in the SQL.
     */
    private static final Set<String> NOT_IN_SQL = Set.of("queries", "isOrQueryActive", "cachedCandidateGroups",
            "cachedUserGroups", "initializeFormKeys", "withCommentAttachmentInfo", "variableNamesIgnoreCase",
            "variableValuesIgnoreCase");

    private static final Logger LOG = LoggerFactory.getLogger(OwnTaskStatements.class);

    /** Whether the statements were added: until then, or if a later Camunda lacks a fragment they include, Camunda's run. */
    private final AtomicBoolean added = new AtomicBoolean();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineManagers.replace(configuration, TaskManager.class, () -> new HubTaskManager(added.get()));
    }

    /** Adds the hub's statements to the engine's MyBatis set-up, where Camunda's fragments they include are. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        Configuration mybatis = configuration.getSqlSessionFactory().getConfiguration();
        try {
            if (!mybatis.isResourceLoaded(MAPPER)) {
                try (InputStream mapper = OwnTaskStatements.class.getClassLoader().getResourceAsStream(MAPPER)) {
                    new XMLMapperBuilder(mapper, mybatis, MAPPER, mybatis.getSqlFragments()).parse();
                }
            }
            // MyBatis leaves a statement whose include it cannot resolve for later; asking for it builds it or throws
            added.set(mybatis.hasStatement(LIST) && mybatis.hasStatement(COUNT));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Tasklist's filters run with Camunda's own task statement, slower on a large force: {}", e.toString());
        }
    }

    static class HubTaskManager extends TaskManager {

        private final boolean added;

        HubTaskManager(boolean added) {
            this.added = added;
        }

        @Override
        @SuppressWarnings("unchecked")
        public List<Task> findTasksByQueryCriteria(TaskQueryImpl query) {
            configureQuery(query);
            return getDbEntityManager().selectList(added && fits(query) ? LIST : "selectTaskByQueryCriteria", query);
        }

        @Override
        public long findTaskCountByQueryCriteria(TaskQueryImpl query) {
            configureQuery(query);
            return (Long) getDbEntityManager().selectOne(added && fits(query) ? COUNT : "selectTaskCountByQueryCriteria",
                    query);
        }
    }

    /** Whether the hub's statement finds exactly what Camunda's finds for this query, configured as it runs. */
    static boolean fits(TaskQueryImpl query) {
        AuthorizationCheck check = query.getAuthCheck();
        if (check.getShouldPerformAuthorizatioCheck() && check.getAuthUserId() != null) {
            return false; // Camunda's statement joins the grants; the hub's has no authorization check
        }
        if (query.isTaskNameCaseInsensitive()
                || query.getOrderingProperties().stream().anyMatch(order -> order.getRelation() != null)) {
            return false; // a lower-cased name, or a sorting by variables: columns and joins of Camunda's own
        }
        List<TaskQueryImpl> parts = query.getQueries();
        if (parts.isEmpty() || parts.get(0) != query) {
            return false;
        }
        int offeringParts = 0;
        for (int i = 0; i < parts.size(); i++) {
            TaskQueryImpl part = parts.get(i);
            if (part.getClass() != TaskQueryImpl.class || !part.getExpressions().isEmpty()
                    || !onlyCriteria(part, i == 0 ? AND_CRITERIA : OR_CRITERIA)) {
                return false;
            }
            if (part.getCandidateGroup() != null || part.getCandidateGroupsInternal() != null) {
                List<String> groups = part.getCandidateGroups();
                if (groups == null || groups.isEmpty() || ++offeringParts > 1) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean onlyCriteria(TaskQueryImpl part, Set<String> allowed) {
        return OwnTaskQueries.setFields(part).stream()
                .allMatch(name -> NOT_IN_SQL.contains(name) || allowed.contains(name));
    }
}
