package org.problemsolvinghub.pmp;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Policy for plans that changes with the force, not with the code (application.yml, hub.pmp). */
@ConfigurationProperties("hub.pmp")
public record PmpProperties(Due due, Duration actionEscalationGrace) {

    /** How long each step may take before its task is overdue. */
    public record Due(Duration triage, Duration analysis, Duration analystRequest, Duration objectives,
            Duration actionPlan, Duration assessment, Duration signOff, Duration review, Duration addressReview,
            Duration partnerHandover) {
    }
}
