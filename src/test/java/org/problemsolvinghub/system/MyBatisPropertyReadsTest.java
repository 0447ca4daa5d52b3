package org.problemsolvinghub.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.util.List;

import org.apache.ibatis.ognl.MemberAccess;
import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.Ognl;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;
import org.apache.ibatis.scripting.xmltags.OgnlCache;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;

/**
 * Issue #8: the engine reads its queries' properties through the hub's remembering accessor
 * ({@link MyBatisPropertyReads}), and it answers exactly as OGNL's own does.
 */
class MyBatisPropertyReadsTest extends HubTest {

    private static final List<String> PROPERTIES = List.of("isOrQueryActive", "assignee", "candidateGroups",
            "includeAssignedTasks", "isWithoutTenantId", "isTenantIdSet", "queries", "authCheck", "name",
            "orderingProperties", "withCandidateGroups");

    /** Public members only, as OGNL's default would allow. */
    private static final class PublicMembers implements MemberAccess {
        @Override
        public Object setup(OgnlContext context, Object target, Member member, String propertyName) {
            return null;
        }

        @Override
        public void restore(OgnlContext context, Object target, Member member, String propertyName, Object state) {
        }

        @Override
        public boolean isAccessible(OgnlContext context, Object target, Member member, String propertyName) {
            return Modifier.isPublic(member.getModifiers());
        }
    }

    @Test
    void theEngineReadsThroughTheRememberingAccessor() throws OgnlException {
        assertThat(OgnlRuntime.getPropertyAccessor(Object.class)).isInstanceOf(MyBatisPropertyReads.RememberingAccessor.class);
    }

    @Test
    void itAnswersAsOgnlDoes() throws OgnlException {
        TaskQueryImpl query = (TaskQueryImpl) new TaskQueryImpl().taskAssignee("kpatel")
                .taskCandidateGroupIn(List.of("officers-coventry")).includeAssignedTasks();
        var remembering = new MyBatisPropertyReads.RememberingAccessor();
        var ognls = new ObjectPropertyAccessor();
        OgnlContext context = Ognl.createDefaultContext(query, new PublicMembers());
        for (int pass = 0; pass < 2; pass++) { // the second from memory
            for (String property : PROPERTIES) {
                assertThat(remembering.getProperty(context, query, property)).as(property)
                        .isEqualTo(ognls.getProperty(context, query, property));
            }
        }
        assertThat(OgnlCache.getValue("authCheck.shouldPerformAuthorizatioCheck", query)).isEqualTo(false);
        assertThat(OgnlCache.getValue("isOrQueryActive", query)).isEqualTo(false);
        assertThatThrownBy(() -> remembering.getProperty(context, query, "noSuchProperty")).isInstanceOf(OgnlException.class);
    }
}
