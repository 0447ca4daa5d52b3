package org.problemsolvinghub.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The hub's "now" is the engine's, so due dates, references and timers agree, and a test that moves
 * the engine's clock moves the hub's too.
 */
public final class HubClock {

    private HubClock() {
    }

    /** The force keeps UK time: due dates and "today" are days in London. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static LocalDate today() {
        return now().atZone(ZONE).toLocalDate();
    }
}
