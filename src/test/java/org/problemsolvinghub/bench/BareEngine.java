package org.problemsolvinghub.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.problemsolvinghub.PostgresTestDatabase;
import org.problemsolvinghub.pmp.PlanCycle;
import org.problemsolvinghub.system.SqlStatements;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The reference: a plain Camunda engine built in this JVM on a PostgreSQL database of its own, set up as
 * the hub's engine is where it matters for a completion (history FULL, authorization on, UUID ids, JSON
 * variables through Spin, removal time set at the end, the same connection pool size), running the
 * minimal process equivalent to a plan's cycle: nine user tasks in a row, held like the hub's (the
 * supervisors' group, the owner, the partner agency's group). No hub code, no HTTP.
 */
final class BareEngine implements AutoCloseable {

    static final String PROCESS_KEY = "bench-chain";
    private static final String SUPERVISORS = "bench-supervisors";
    private static final String OFFICERS = "bench-officers";
    private static final String PARTNERS = "bench-partners";

    final String database = BenchDatabases.create("bare");
    final SqlStatements statements = new SqlStatements();
    private final HikariDataSource pool;
    final ProcessEngine engine;

    BareEngine(int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(PostgresTestDatabase.urlOf(database));
        config.setUsername(PostgresTestDatabase.user());
        config.setPassword(PostgresTestDatabase.password());
        config.setMaximumPoolSize(poolSize);
        config.setAutoCommit(false);
        pool = new HikariDataSource(config);
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("bench-bare");
        configuration.setDataSource(statements.wrap(pool));
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistory("full");
        configuration.setAuthorizationEnabled(true);
        configuration.setJobExecutorActivate(false);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setHistoryTimeToLive("P180D");
        configuration.setHistoryRemovalTimeStrategy("end");
        configuration.setHistoryCleanupStrategy("removalTimeBased");
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setDeserializationTypeValidationEnabled(true);
        configuration.setGeneralResourceWhitelistPattern("[a-zA-Z0-9_-]+");
        configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
        engine = configuration.buildProcessEngine();
        deployChain();
        users();
    }

    /**
     * start, then one user task per step of the plan's cycle, held as the hub's task is, then end. The
     * owner's tasks read {@code benchOwner}: the triage answers carry an {@code owner} of their own.
     */
    private void deployChain() {
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(PROCESS_KEY).camundaHistoryTimeToLive(180)
                .startEvent();
        int i = 1;
        for (PlanCycle.Step step : PlanCycle.STEPS) {
            UserTaskBuilder task = flow.userTask("Task_" + i++).name(step.label());
            flow = switch (step.holder()) {
                case SUPERVISOR -> task.camundaCandidateGroups(SUPERVISORS);
                case PARTNER -> task.camundaCandidateGroups(PARTNERS);
                case OFFICER -> task.camundaAssignee("${benchOwner}");
            };
        }
        engine.getRepositoryService().createDeployment().addModelInstance("bench-chain.bpmn", flow.endEvent().done())
                .deploy();
    }

    /** One user per holder, each in a group that may read the process, as the hub grants its roles. */
    private void users() {
        IdentityService identity = engine.getIdentityService();
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (String group : List.of(SUPERVISORS, OFFICERS, PARTNERS)) {
            Group g = identity.newGroup(group);
            g.setName(group);
            identity.saveGroup(g);
            User u = identity.newUser(user(group));
            u.setPassword("bench");
            identity.saveUser(u);
            identity.createMembership(u.getId(), group);
            Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            read.setGroupId(group);
            read.setResource(Resources.PROCESS_DEFINITION);
            read.setResourceId(PROCESS_KEY);
            read.addPermission(Permissions.READ);
            authorizations.saveAuthorization(read);
        }
    }

    static String user(String group) {
        return group.replace("bench-", "bench-user-");
    }

    /** The user and groups who complete this step, as the hub's filter hands them to the engine. */
    static String[] actor(PlanCycle.Step step) {
        String group = switch (step.holder()) {
            case SUPERVISOR -> SUPERVISORS;
            case OFFICER -> OFFICERS;
            case PARTNER -> PARTNERS;
        };
        return new String[] {user(group), group};
    }

    /** Starts instances (not timed) and returns their ids. */
    List<String> start(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY,
                    Map.of("benchOwner", user(OFFICERS))).getId());
        }
        return ids;
    }

    /** The open tasks of the given step (1-based) among these instances. */
    List<String> tasks(int step, List<String> instanceIds) {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_" + step)
                .processInstanceIdIn(instanceIds.toArray(String[]::new)).list().stream().map(t -> t.getId()).toList();
    }

    void authorization(boolean on) {
        engine.getProcessEngineConfiguration().setAuthorizationEnabled(on);
    }

    @Override
    public void close() {
        try {
            engine.close();
            pool.close();
        } finally {
            BenchDatabases.drop(database);
        }
    }
}
