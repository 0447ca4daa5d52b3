package org.problemsolvinghub.security;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.TaskQueryImpl;

/**
 * Tells whether a task query can find only tasks its user may read in any case, so that the engine's
 * authorization join adds nothing to it but cost.
 * <p>
 * Camunda grants READ on a task to whoever becomes its assignee, its owner or a candidate user, and to each
 * candidate group, as they are set, and keeps those grants when they change (its
 * {@code DefaultAuthorizationProvider}). So every task assigned to the user, or offered to one of
 * their groups, carries a grant the authorization check would find. Tasklist's filters are such queries
 * ("My tasks": assigned to me; "My area's team tasks": offered to my groups; "Overdue": either, and past due),
 * and on PostgreSQL the check is their whole cost: it compares each of an area's open tasks with each of its
 * groups' grants, one per open task (issue #8, docs/performance.md).
 * <p>
 * A query is bounded so when its and-part has such a criterion (the rest of it can only narrow it), or one of
 * its or-parts has nothing but such criteria. An or-part is read field by field: a field this class does not
 * know (another criterion, or one a later Camunda adds) keeps the check, so an unknown query is always checked.
 * <p>
 * The rule this rests on, for whoever changes the hub: a task's grant may be taken back only together with the
 * link or assignment it came with ({@code pmp.PmpMoves} does both). An administrator who wants to hide a task from
 * someone still offered it uses a REVOKE authorization; a user with revocations is always checked in full.
 */
final class OwnTaskQueries {

    /** An or-part may hold only these criteria, each about the user, for its every match to be the user's. */
    private static final Set<String> OWN_CRITERIA = Set.of("assignee", "candidateGroup", "candidateGroups",
            "includeAssignedTasks");

    /** The query's bookkeeping and modifiers of criteria that are themselves fields: no criterion of their own. */
    private static final Set<String> NOT_CRITERIA = Set.of("queries", "isOrQueryActive", "cachedCandidateGroups",
            "cachedUserGroups", "initializeFormKeys", "withCommentAttachmentInfo", "variableNamesIgnoreCase",
            "variableValuesIgnoreCase", "taskNameCaseInsensitive");

    private static final List<Field> FIELDS = criteriaFields();

    private OwnTaskQueries() {
    }

    /**
     * @param query  the query as it runs: its expressions evaluated ({@code TaskQueryImpl.executeList} and
     *               {@code executeCount} do that before the engine configures its authorization check)
     * @param userId the authenticated user
     * @param groups the authenticated user's groups, those the authorization check would match grants of
     */
    static boolean onlyOwnTasks(TaskQueryImpl query, String userId, Collection<String> groups) {
        if (userId == null) {
            return false;
        }
        if (userId.equals(query.getAssignee()) || ownCandidates(query, groups)) {
            return true;
        }
        List<TaskQueryImpl> parts = query.getQueries();
        return parts.stream().skip(1).anyMatch(part -> onlyOwnCriteria(part, userId, groups));
    }

    /**
     * Whether a query has no criterion at all, so that it finds whatever the query it extends finds: Tasklist's
     * page of a filter asks with nothing but a sorting. Read field by field as an or-part is; any field set that
     * is not known as bookkeeping counts as a criterion.
     */
    static boolean hasNoCriteria(TaskQueryImpl query) {
        if (query.getClass() != TaskQueryImpl.class || !query.getExpressions().isEmpty() || query.getQueries().size() > 1) {
            return false;
        }
        return NOT_CRITERIA.containsAll(setFields(query));
    }

    /** The names of the query's fields that hold something: its criteria, and its bookkeeping where set. */
    static List<String> setFields(TaskQueryImpl query) {
        return FIELDS.stream().filter(field -> !unset(value(field, query))).map(Field::getName).toList();
    }

    /**
     * The candidate criterion, when the query has one: offered to groups all the user's. A candidate user is left
     * to the check: Tasklist's filters do not ask for one, and the engine adds the groups it reads for that user.
     */
    private static boolean ownCandidates(TaskQueryImpl query, Collection<String> groups) {
        if (query.getCandidateGroupLike() != null || query.getCandidateUser() != null
                || (query.getCandidateGroup() == null && query.getCandidateGroupsInternal() == null)) {
            return false;
        }
        List<String> offeredTo = query.getCandidateGroups(); // the union or intersection the SQL will use
        return offeredTo != null && !offeredTo.isEmpty() && groups.containsAll(offeredTo);
    }

    private static boolean onlyOwnCriteria(TaskQueryImpl part, String userId, Collection<String> groups) {
        if (part.getClass() != TaskQueryImpl.class || !part.getExpressions().isEmpty()) {
            return false; // a subclass's own fields, or an expression not yet evaluated: not read here
        }
        boolean any = false;
        for (String name : setFields(part)) {
            if (NOT_CRITERIA.contains(name)) {
                continue;
            }
            if (!OWN_CRITERIA.contains(name)) {
                return false;
            }
            any |= !name.equals("includeAssignedTasks");
        }
        return any && (part.getAssignee() == null || part.getAssignee().equals(userId))
                && (!hasCandidates(part) || ownCandidates(part, groups));
    }

    private static boolean hasCandidates(TaskQueryImpl part) {
        return part.getCandidateGroup() != null || part.getCandidateGroupsInternal() != null;
    }

    private static List<Field> criteriaFields() {
        List<Field> fields = new ArrayList<>();
        for (Field field : TaskQueryImpl.class.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                fields.add(field);
            }
        }
        return List.copyOf(fields);
    }

    private static Object value(Field field, TaskQueryImpl query) {
        try {
            return field.get(query);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }

    private static boolean unset(Object value) {
        return value == null || Boolean.FALSE.equals(value)
                || (value instanceof Collection<?> c && c.isEmpty())
                || (value instanceof Map<?, ?> m && m.isEmpty())
                || (value.getClass().isArray() && Array.getLength(value) == 0);
    }
}
