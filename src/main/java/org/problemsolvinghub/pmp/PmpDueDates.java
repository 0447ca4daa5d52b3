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

    private final PmpProperties.Due due;

    PmpDueDates(PmpProperties properties) {
        this.due = properties.due();
    }

    public Date triage() {
        return from(due.triage());
    }

    public Date analysis() {
        return from(due.analysis());
    }

    public Date analystRequest() {
        return from(due.analystRequest());
    }

    public Date objectives() {
        return from(due.objectives());
    }

    public Date actionPlan() {
        return from(due.actionPlan());
    }

    public Date assessment() {
        return from(due.assessment());
    }

    public Date signOff() {
        return from(due.signOff());
    }

    public Date review() {
        return from(due.review());
    }

    public Date addressReview() {
        return from(due.addressReview());
    }

    public Date partnerHandover() {
        return from(due.partnerHandover());
    }

    private static Date from(Duration duration) {
        return Date.from(HubClock.now().plus(duration));
    }
}
