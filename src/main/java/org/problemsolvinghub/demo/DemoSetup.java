package org.problemsolvinghub.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Loads the demo force when {@code hub.demo.enabled} is on (the default for the embedded run). */
@Component
@Order(20)
@ConditionalOnProperty(name = "hub.demo.enabled", havingValue = "true")
class DemoSetup implements ApplicationRunner {

    private final DemoForce force;
    private final DemoPlans plans;

    DemoSetup(DemoForce force, DemoPlans plans) {
        this.force = force;
        this.plans = plans;
    }

    @Override
    public void run(ApplicationArguments args) {
        force.createMissingUsers();
        plans.createIfNone();
    }
}
