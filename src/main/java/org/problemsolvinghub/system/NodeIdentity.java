package org.problemsolvinghub.system;

import java.util.UUID;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Names this hub node when several share one database ({@code hub.node-name}, HUB_NODE_NAME). By default
 * the engine calls itself by the machine's address, so two nodes on one machine, or containers behind one
 * address, write the same host into the job log and metrics, and their job locks name only a random id.
 * With a name, the job log ({@code ACT_HI_JOB_LOG.HOSTNAME_}) says which node ran each job, and a job's
 * lock ({@code ACT_RU_JOB.LOCK_OWNER_}) says which node, and which start of it, holds it: after a crash,
 * the jobs a dead node still holds are the ones whose lock owner is its last start.
 */
@Component
class NodeIdentity extends AbstractProcessEnginePlugin {

    private final String nodeName;

    NodeIdentity(@Value("${hub.node-name:}") String nodeName) {
        this.nodeName = nodeName == null ? "" : nodeName.strip();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (!nodeName.isEmpty()) {
            configuration.setHostname(nodeName);
        }
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (!nodeName.isEmpty() && configuration.getJobExecutor() != null) {
            // Unique per start, so a restarted node never looks like the owner of its dead self's locks.
            configuration.getJobExecutor().setLockOwner(nodeName + "/" + UUID.randomUUID().toString().substring(0, 8));
        }
    }
}
