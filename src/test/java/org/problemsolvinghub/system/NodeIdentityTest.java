package org.problemsolvinghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.junit.jupiter.api.Test;

/** A node's name reaches the engine's host name and its job executor's lock owner, unique per start. */
class NodeIdentityTest {

    private static StandaloneInMemProcessEngineConfiguration configured(String nodeName) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJobExecutor(new DefaultJobExecutor());
        NodeIdentity identity = new NodeIdentity(nodeName);
        identity.preInit(configuration);
        identity.postInit(configuration);
        return configuration;
    }

    @Test
    void aNamedNodeLogsItsNameAndLocksJobsUnderItsNameAndThisStart() {
        StandaloneInMemProcessEngineConfiguration first = configured(" hub-2 ");
        StandaloneInMemProcessEngineConfiguration again = configured("hub-2");

        assertThat(first.getHostname()).isEqualTo("hub-2");
        assertThat(first.getJobExecutor().getLockOwner()).startsWith("hub-2/");
        assertThat(again.getJobExecutor().getLockOwner()).startsWith("hub-2/")
                .isNotEqualTo(first.getJobExecutor().getLockOwner());
    }

    @Test
    void anUnnamedNodeKeepsTheEnginesDefaults() {
        StandaloneInMemProcessEngineConfiguration configuration = configured("");

        assertThat(configuration.getHostname()).isNull();
        assertThat(configuration.getJobExecutor().getLockOwner()).doesNotContain("/");
    }
}
