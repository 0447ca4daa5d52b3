package org.problemsolvinghub.pmp;

import java.time.Duration;
import java.util.Date;

import org.problemsolvinghub.system.HubClock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Due dates of the plan's tasks, used from the BPMN: {@code camunda:dueDate="${pmpDueDates.triage()}"}. */
@Component("pmpDueDates")
@EnableConfigurationProperties(PmpProperties.class)
public class PmpDueDates {

    private final PmpProperties properties;

    PmpDueDates(PmpProperties properties) {
        this.properties = properties;
    }

    public Date triage() {
        return from(properties.due().triage());
    }

    public Date analysis() {
        return from(properties.due().analysis());
    }

    public Date partnerHandover() {
        return from(properties.due().partnerHandover());
    }

    private static Date from(Duration duration) {
        return Date.from(HubClock.now().plus(duration));
    }
}
