package org.problemsolvinghub.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.RaceTally;
import org.problemsolvinghub.RowLock;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An officer withdrawing at the moment the public contact manager accepts them: both steps take the
 * scheme's lock, so a row lock of the test's own on {@code rotation_scheme} lines them up in either order.
 * Whatever the order: no 5xx, the loser told 404/409, and the record says what the engine did.
 */
class RotationRacesTest extends RotationTestSupport {

    enum Order {
        ACCEPTANCE_FIRST, WITHDRAWAL_FIRST, TOGETHER, WITHDRAWAL_AFTER_ACCEPTANCE
    }

    @Test
    void aWithdrawalRacingTheAcceptanceLeavesTheRecordAndTheProcessAgreeing() {
        try (RaceTally tally = new RaceTally("withdrawal vs acceptance")) {
            for (int run = 0; run < 20; run++) {
                Order order = Order.values()[run % Order.values().length];
                LocalDate intake = newIntake();
                String officer = newOfficer();
                ProcessInstance pi = atAcceptance(officer, intake);
                String acceptTask = task(pi, "Task_Accept").getId();
                Callable<Integer> withdraw = () -> code(rest.withBasicAuth(officer, "demo").postForEntity(
                        "/api/rotations/" + pi.getBusinessKey() + "/withdrawal",
                        Map.of("reason", "My court dates moved into the intake after all."), String.class));
                Callable<Integer> accept = () -> code(as(MANAGER).postForEntity("/engine-rest/task/" + acceptTask + "/submit-form",
                        new HttpEntity<>("""
                                {"variables": {"acceptanceDecision": {"value": "ACCEPT"}, "intake": {"value": "%s"}}}"""
                                .formatted(intake), json()), String.class));
                int[] codes = race(tally, order, withdraw, accept);
                int withdrawal = codes[0];
                int acceptance = codes[1];
                tally.record(order.name().toLowerCase() + ": withdrawal " + withdrawal + " + acceptance " + acceptance,
                        withdrawal, acceptance);
                assertThat(withdrawal).as(order + " withdrawal").isIn(200, 409);
                assertThat(acceptance).as(order + " acceptance").isIn(204, 404, 409);
                assertThat(withdrawal == 200 || acceptance == 204).as(order + ": someone wins").isTrue();
                if (order == Order.WITHDRAWAL_AFTER_ACCEPTANCE) {
                    assertThat(new int[] {withdrawal, acceptance}).containsExactly(200, 204);
                }

                Rotation record = record(pi);
                long acceptOpen = taskService.createTaskQuery().processInstanceBusinessKey(pi.getBusinessKey())
                        .taskDefinitionKey("Task_Accept").count();
                assertThat(acceptOpen).as(pi.getBusinessKey() + ": the acceptance is no longer open").isZero();
                if (withdrawal == 200) {
                    assertThat(record.getStatus()).as(pi.getBusinessKey()).isEqualTo(RotationStatus.WITHDRAWN);
                    assertThat(record.holdsPlace()).as("the place is freed").isFalse();
                } else {
                    assertThat(record.getStatus()).as(pi.getBusinessKey()).isIn(RotationStatus.PLACED, RotationStatus.WAITING);
                    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
                }
            }
            assertThat(tally.serverErrors()).isZero();
        }
    }

    /** Answers {withdrawal, acceptance}. */
    private int[] race(RaceTally tally, Order order, Callable<Integer> withdraw, Callable<Integer> accept) {
        switch (order) {
            case ACCEPTANCE_FIRST, WITHDRAWAL_FIRST -> {
                boolean acceptFirst = order == Order.ACCEPTANCE_FIRST;
                Future<Integer> first;
                Future<Integer> second;
                try (RowLock scheme = RowLock.on("rotation_scheme", "id = 1")) {
                    first = tally.send(acceptFirst ? accept : withdraw);
                    scheme.awaitWaiting(1, first);
                    second = tally.send(acceptFirst ? withdraw : accept);
                    scheme.awaitWaiting(2, first, second);
                }
                int a = RaceTally.answer(first);
                int b = RaceTally.answer(second);
                return acceptFirst ? new int[] {b, a} : new int[] {a, b};
            }
            case WITHDRAWAL_AFTER_ACCEPTANCE -> {
                int acceptance = call(accept);
                return new int[] {call(withdraw), acceptance};
            }
            default -> {
                Future<?>[] both = tally.sendTogether(withdraw, accept);
                return new int[] {(Integer) RaceTally.answer(both[0]), (Integer) RaceTally.answer(both[1])};
            }
        }
    }

    private static int call(Callable<Integer> request) {
        try {
            return request.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpHeaders json() {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        return json;
    }

    private static int code(ResponseEntity<String> answer) {
        if (answer.getStatusCode().is5xxServerError()) {
            System.out.println("RACE 5xx: " + answer.getBody());
        }
        return answer.getStatusCode().value();
    }

}
