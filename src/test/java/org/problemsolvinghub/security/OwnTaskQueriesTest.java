package org.problemsolvinghub.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.Test;

/**
 * Which task queries may go without the authorization join ({@link OwnTaskQueries}): only those whose every
 * match is assigned to the user or offered to them or their groups. Anything else keeps the check.
 */
class OwnTaskQueriesTest {

    private static final String USER = "ljones";
    private static final List<String> GROUPS = List.of("supervisors", "supervisors-coventry");

    private static boolean own(TaskQuery query) {
        return OwnTaskQueries.onlyOwnTasks((TaskQueryImpl) query, USER, GROUPS);
    }

    private static TaskQuery query() {
        return new TaskQueryImpl();
    }

    @Test
    void tasklistsFiltersAreTheUsersOwn() {
        assertThat(own(query().taskAssignee(USER))).as("My tasks").isTrue();
        assertThat(own(query().taskCandidateGroupIn(GROUPS).includeAssignedTasks())).as("My area's team tasks").isTrue();
        assertThat(own(query().or().taskAssignee(USER).taskCandidateGroupIn(GROUPS).endOr().dueBefore(new Date())))
                .as("Overdue").isTrue();
        assertThat(own(query().taskCandidateGroup("supervisors-coventry"))).isTrue();
    }

    @Test
    void anAndPartNarrowsWhateverElseItHolds() {
        assertThat(own(query().taskAssignee(USER).taskNameLike("%").processVariableValueEquals("area", "x")))
                .isTrue();
        assertThat(own(query().taskCandidateGroupIn(GROUPS).withCandidateGroups())).isTrue();
    }

    @Test
    void someoneElsesTasksAreChecked() {
        assertThat(own(query())).as("every task").isFalse();
        assertThat(own(query().taskAssignee("kpatel"))).isFalse();
        assertThat(own(query().taskCandidateUser("kpatel"))).isFalse();
        assertThat(own(query().taskCandidateGroupIn(List.of("supervisors-coventry", "supervisors-birmingham"))))
                .as("one group not theirs").isFalse();
        assertThat(own(query().taskCandidateGroupIn(GROUPS).taskCandidateGroupLike("%"))).isFalse();
        assertThat(own(query().withCandidateGroups())).isFalse();
        assertThat(own(query().taskInvolvedUser(USER))).as("not a grant of its own: a link of any type").isFalse();
        assertThat(own(query().taskAssigneeLike(USER + "%"))).isFalse();
        assertThat(own(query().taskName("Triage"))).isFalse();
    }

    @Test
    void anOrPartIsTheUsersOnlyWhenEachOfItsCriteriaIs() {
        assertThat(own(query().or().taskAssignee(USER).endOr())).isTrue();
        assertThat(own(query().or().taskAssignee(USER).taskName("Triage").endOr())).isFalse();
        assertThat(own(query().or().taskAssignee(USER).taskCandidateGroupIn(List.of("supervisors-birmingham")).endOr()))
                .isFalse();
        assertThat(own(query().or().taskAssignee("kpatel").taskCandidateGroupIn(GROUPS).endOr())).isFalse();
        assertThat(own(query().or().taskAssignee(USER).processVariableValueEquals("area", "coventry").endOr()))
                .isFalse();
        assertThat(own(query().or().taskAssignee(USER).taskUnassigned().endOr())).isFalse();
        assertThat(own(query().or().taskAssignee(USER).taskPriority(0).endOr())).as("a zero is a criterion").isFalse();
        assertThat(own(query().or().endOr())).as("no criterion at all").isFalse();
        assertThat(own(query().or().taskName("x").endOr().or().taskAssignee(USER).endOr()))
                .as("one or-part of the user's own, and-ed with another").isTrue();
    }

    @Test
    void candidateGroupsCombineAsTheSqlCombinesThem() {
        assertThat(own(query().taskCandidateGroup("supervisors-coventry")
                .taskCandidateGroupIn(List.of("supervisors-coventry", "supervisors-birmingham"))))
                .as("and-part: the intersection, all theirs").isTrue();
        assertThat(own(query().or().taskCandidateGroup("supervisors-coventry")
                .taskCandidateGroupIn(List.of("supervisors-birmingham")).endOr()))
                .as("or-part: the union, one not theirs").isFalse();
    }

    @Test
    void criteriaThatAreNotGrantsKeepTheCheck() {
        assertThat(own(query().taskCandidateUser(USER))).as("left to the check").isFalse();
        assertThat(own(query().taskOwner(USER))).isFalse();
        assertThat(own(query().or().taskAssignee(USER).taskInvolvedUser(USER).endOr())).isFalse();
        assertThat(own(query().or().taskAssignee(USER).taskOwner(USER).endOr())).isFalse();
        assertThat(own(query().or().taskCandidateGroupIn(GROUPS).taskCandidateGroupLike("%").endOr())).isFalse();
        assertThat(own(query().or().taskCandidateUser(USER).endOr())).isFalse();
    }

    @Test
    void noUserNoShortcut() {
        assertThat(OwnTaskQueries.onlyOwnTasks((TaskQueryImpl) query().taskAssignee(USER), null, GROUPS)).isFalse();
    }
}
