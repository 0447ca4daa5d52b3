package org.problemsolvinghub.system;

import java.time.Instant;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The hub's "now" is the engine's, so due dates, references and timers agree, and a test that moves
 * the engine's clock moves the hub's too.
 */
public final class HubClock {

    private HubClock() {
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
