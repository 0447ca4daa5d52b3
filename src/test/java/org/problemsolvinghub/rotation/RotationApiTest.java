package org.problemsolvinghub.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.jayway.jsonpath.JsonPath;

/** The rotation API: applications, refusals by rule, the officer's and the manager's actions, the scheme overview. */
class RotationApiTest extends RotationTestSupport {

    private Map<String, Object> body(LocalDate intake) {
        Map<String, Object> body = new HashMap<>(Map.of("team", TEAM, "lineManager", LINE_MANAGER,
                "intake", intake.toString(), "joinedForceOn", "2014-06-02"));
        body.put("motivation", "Want to understand what happens before a job reaches us.");
        return body;
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        return as(user).postForEntity(path, body, String.class);
    }

    private static String text(ResponseEntity<String> answer, String path) {
        return JsonPath.read(answer.getBody(), path);
    }

    @Test
    void anOfficerAppliesAndReadsTheirApplication() {
        String officer = newOfficer();
        ResponseEntity<String> created = post(officer, "/api/rotations", body(newIntake()));

        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        String reference = text(created, "$.reference");
        assertThat(reference).matches("ROT-\\d{4}-\\d{4}");
        assertThat(created.getHeaders().getLocation()).hasPath("/api/rotations/" + reference);
        assertThat(text(created, "$.status")).isEqualTo("CONVERSATION");
        assertThat(text(created, "$.route")).isEqualTo("VOLUNTEERED");
        assertThat(text(created, "$.officer")).isEqualTo(officer);

        String read = as(officer).getForObject("/api/rotations/" + reference, String.class);
        assertThat((String) JsonPath.read(read, "$.lineManager")).isEqualTo(LINE_MANAGER);
        // another officer may not see it; the scheme's managers may
        assertThat(as(newOfficer()).getForEntity("/api/rotations/" + reference, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as(MANAGER).getForEntity("/api/rotations/" + reference, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        String tasks = as(LINE_MANAGER).getForObject("/engine-rest/task?processInstanceBusinessKey=" + reference
                + "&maxResults=5", String.class);
        assertThat((String) JsonPath.read(tasks, "$[0].taskDefinitionKey")).isEqualTo("Task_Conversation");
    }

    @Test
    void anIneligibleApplicationAnswers422WithTheRuleAndIsRecorded() {
        String officer = newOfficer();
        Map<String, Object> body = body(newIntake());
        body.put("joinedForceOn", RotationCalendar.today().minusMonths(6).toString());
        ResponseEntity<String> refused = post(officer, "/api/rotations", body);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(text(refused, "$.rule")).isEqualTo("MIN_SERVICE");
        assertThat(text(refused, "$.detail")).contains("2 years' service");
        String reference = text(refused, "$.reference");
        assertThat((String) JsonPath.read(as(officer).getForObject("/api/rotations/" + reference, String.class),
                "$.status")).isEqualTo("INELIGIBLE");
    }

    @Test
    void badInputAnswers400NamingEachField() {
        String officer = newOfficer();
        ResponseEntity<String> missing = post(officer, "/api/rotations", Map.of("motivation", "x"));
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(missing.getBody(), "$.errors[*].field"))
                .containsExactly("intake", "joinedForceOn", "lineManager", "team");

        Map<String, Object> wrong = body(LocalDate.of(2030, 1, 1));
        wrong.put("team", "gotham-response");
        ResponseEntity<String> answer = post(officer, "/api/rotations", wrong);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(answer.getBody(), "$.errors[*].field")).containsExactly("team", "intake");

        Map<String, Object> notTheirManager = body(newIntake());
        notTheirManager.put("lineManager", "ljones");
        answer = post(officer, "/api/rotations", notTheirManager);
        assertThat(text(answer, "$.errors[0].field")).isEqualTo("lineManager");

        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        answer = as(officer).postForEntity("/api/rotations", new HttpEntity<>("{\"intake\": \"soon\"}", json), String.class);
        assertThat(text(answer, "$.errors[0].field")).isEqualTo("intake");
        assertThat(rotations.findByOfficerIdOrderByAppliedAtDesc(officer)).isEmpty();
    }

    @Test
    void oneApplicationAtATimeAnswers409WithTheRule() {
        String officer = newOfficer();
        LocalDate intake = newIntake();
        assertThat(post(officer, "/api/rotations", body(intake)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> again = post(officer, "/api/rotations", body(intake));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(text(again, "$.rule")).isEqualTo("ONE_OPEN_APPLICATION");
        assertThat(text(again, "$.field")).isEqualTo("officer");
    }

    @Test
    void managersNominateOfficersButOfficersDoNot() {
        String officer = newOfficer();
        Map<String, Object> nomination = body(newIntake());
        nomination.put("officer", officer);
        ResponseEntity<String> created = post(LINE_MANAGER, "/api/rotations/nominations", nomination);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(text(created, "$.route")).isEqualTo("NOMINATED");
        assertThat(text(created, "$.appliedBy")).isEqualTo(LINE_MANAGER);

        nomination.put("officer", newOfficer());
        assertThat(post(officer, "/api/rotations/nominations", nomination).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post(TRAINER, "/api/rotations", body(newIntake())).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theOfficerWithdrawsThroughTheApiAndCannotWithdrawTwice() {
        String officer = newOfficer();
        String reference = text(post(officer, "/api/rotations", body(newIntake())), "$.reference");
        assertThat(post(newOfficer(), "/api/rotations/" + reference + "/withdrawal", Map.of("reason", "x"))
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(post(officer, "/api/rotations/" + reference + "/withdrawal", Map.of()).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<String> withdrawn = post(officer, "/api/rotations/" + reference + "/withdrawal",
                Map.of("reason", "Promoted to sergeant."));
        assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(text(withdrawn, "$.status")).isEqualTo("WITHDRAWN");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isZero();

        ResponseEntity<String> again = post(officer, "/api/rotations/" + reference + "/withdrawal",
                Map.of("reason", "Again."));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(text(again, "$.rule")).isEqualTo("NOT_WITHDRAWABLE");
    }

    @Test
    void extensionsAndEarlyEndsAreRefusedByRuleOrAppliedWithinPolicy() {
        LocalDate intake = newIntake();
        ProcessInstance pi = atAcceptance(newOfficer(), intake);
        complete(MANAGER, pi, "Task_Accept", accept(intake));
        String path = "/api/rotations/" + pi.getBusinessKey();

        ResponseEntity<String> notYet = post(MANAGER, path + "/extension", Map.of("months", 1, "reason", "Asked to."));
        assertThat(notYet.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(text(notYet, "$.rule")).isEqualTo("NOT_ON_ROTATION");

        train(pi);
        clockAt(intake.plusDays(20));
        runDueTimers(pi);
        ResponseEntity<String> tooLong = post(MANAGER, path + "/extension", Map.of("months", 4, "reason", "Asked to."));
        assertThat(tooLong.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(text(tooLong, "$.rule")).isEqualTo("MAX_EXTENSION");
        assertThat(post(record(pi).getOfficerId(), path + "/extension", Map.of("months", 1, "reason", "Please."))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        fillPlaces(intake.plusMonths(3).plusDays(10), cap());
        ResponseEntity<String> full = post(MANAGER, path + "/extension", Map.of("months", 1, "reason", "Asked to."));
        assertThat(full.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(text(full, "$.rule")).isEqualTo("CAP");

        ResponseEntity<String> shortNotice = post(MANAGER, path + "/early-end", Map.of("lastDay",
                intake.plusDays(22).toString(), "endReason", "OPERATIONAL", "reason", "Response team short."));
        assertThat(shortNotice.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(text(shortNotice, "$.rule")).isEqualTo("MIN_NOTICE");

        ResponseEntity<String> ended = post(MANAGER, path + "/early-end", Map.of("lastDay",
                intake.plusDays(40).toString(), "endReason", "OPERATIONAL", "reason", "Response team short."));
        assertThat(ended.getStatusCode()).as(ended.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(text(ended, "$.lastDay")).isEqualTo(intake.plusDays(40).toString());
        clockAt(intake.plusDays(41));
        runDueTimers(pi);
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(pi).isWaitingAt("Task_Bank");
    }

    @Test
    void theSchemeOverviewCountsEachDayAgainstTheCap() {
        LocalDate intake = newIntake();
        fillPlaces(intake, cap());
        ProcessInstance waiting = atAcceptance(newOfficer(), intake);
        complete(MANAGER, waiting, "Task_Accept", accept(intake));

        String overview = as(MANAGER).getForObject("/api/rotations/scheme?from=" + intake.minusDays(1) + "&to="
                + intake.plusDays(1), String.class);
        assertThat((Integer) JsonPath.read(overview, "$.cap")).isEqualTo(cap());
        assertThat((List<Integer>) JsonPath.read(overview, "$.days[*].onRotation")).containsExactly(0, cap(), cap());
        assertThat((List<Integer>) JsonPath.read(overview, "$.days[*].free")).containsExactly(cap(), 0, 0);
        assertThat((List<String>) JsonPath.read(overview, "$.waitingList[?(@.intake == '" + intake + "')].reference"))
                .containsExactly(waiting.getBusinessKey());
        assertThat((List<Integer>) JsonPath.read(overview, "$.intakes[?(@.startsOn == '" + intake + "')].placesFree"))
                .containsExactly(0);
        assertThat((Integer) JsonPath.read(overview, "$.trainedSinceSchemeBegan")).isGreaterThanOrEqualTo(0);

        ResponseEntity<String> backwards = as(MANAGER).getForEntity("/api/rotations/scheme?from=2041-02-01&to=2041-01-01",
                String.class);
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(text(backwards, "$.errors[0].field")).isEqualTo("to");
        assertThat(as(MANAGER).getForEntity("/api/rotations/scheme?from=someday&to=2041-01-01", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as(newOfficer()).getForEntity("/api/rotations/scheme?from=2041-01-01&to=2041-01-02", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        String list = as(MANAGER).getForObject("/api/rotations?status=WAITING", String.class);
        assertThat((List<String>) JsonPath.read(list, "$[*].reference")).contains(waiting.getBusinessKey());
        assertThat(as(MANAGER).getForEntity("/api/rotations?status=SLEEPING", String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theManagerAnnouncesIntakes() {
        LocalDate day = LocalDate.of(2039, 6, 6);
        ResponseEntity<String> created = post(MANAGER, "/api/rotations/intakes", Map.of("startsOn", day.toString()));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(as(newOfficer()).getForObject("/api/rotations/intakes", String.class)).contains(day.toString());
        ResponseEntity<String> again = post(MANAGER, "/api/rotations/intakes", Map.of("startsOn", day.toString()));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(text(again, "$.rule")).isEqualTo("INTAKE_EXISTS");
        assertThat(post(MANAGER, "/api/rotations/intakes", Map.of("startsOn", "2020-01-06")).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post(LINE_MANAGER, "/api/rotations/intakes", Map.of("startsOn", "2039-07-07")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theTrainingOnlyPathThroughTheApi() {
        String officer = newOfficer();
        ResponseEntity<String> created = post(officer, "/api/rotations/overtime-training",
                Map.of("team", TEAM, "joinedForceOn", "2012-01-09"));
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(text(created, "$.track")).isEqualTo("OVERTIME_ONLY");
        assertThat(text(created, "$.status")).isEqualTo("ACCEPTANCE");
    }

    @Test
    void theTasklistStartFormAppliesToo() {
        String officer = newOfficer();
        String variables = """
                {"variables": {
                  "team": {"value": "%s"}, "lineManager": {"value": "%s"}, "intake": {"value": "%s"},
                  "joinedForceOn": {"value": "2013-02-04"}, "motivation": {"value": "Curious about the control room."}}}"""
                .formatted(TEAM, LINE_MANAGER, newIntake());
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> started = as(officer).exchange("/engine-rest/process-definition/key/rotation/submit-form",
                HttpMethod.POST, new HttpEntity<>(variables, json), String.class);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(text(started, "$.businessKey")).matches("ROT-\\d{4}-\\d{4}");

        ResponseEntity<String> refused = as(officer).exchange("/engine-rest/process-definition/key/rotation/submit-form",
                HttpMethod.POST, new HttpEntity<>(variables.replace(LINE_MANAGER, "kpatel"), json), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("lineManager");
    }

    @Test
    void approvedTestimoniesAreListedForPoliceStaffNotPartners() {
        assertThat(as("kpatel").getForEntity("/api/rotations/testimonies", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(as("hmorris").getForEntity("/api/rotations/testimonies", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void publicContactManagersSeeEveryRotationInTheEngineAndOfficersCannotDriveTheirs() {
        String officer = newOfficer();
        String reference = text(post(officer, "/api/rotations", body(newIntake())), "$.reference");
        String instances = "/engine-rest/process-instance?businessKey=" + reference + "&maxResults=5";
        String history = "/engine-rest/history/process-instance?processInstanceBusinessKey=" + reference + "&maxResults=5";
        String decisions = "/engine-rest/history/decision-instance?decisionDefinitionKey=rotation-eligibility&maxResults=5";
        for (String path : List.of(instances, history, decisions)) {
            assertThat((List<?>) JsonPath.read(as(MANAGER).getForObject(path, String.class), "$")).as(path).isNotEmpty();
            assertThat((List<?>) JsonPath.read(as(officer).getForObject(path, String.class), "$")).as(path).isEmpty();
        }

        ResponseEntity<String> correlate = post(officer, "/engine-rest/message",
                Map.of("messageName", "RotationWithdrawn", "businessKey", reference));
        // the officer cannot even see the instance to correlate to: the engine finds nothing to withdraw
        assertThat(correlate.getStatusCode().is4xxClientError()).as(correlate.getBody()).isTrue();
        ResponseEntity<String> emptyStart = post(newOfficer(), "/engine-rest/process-definition/key/rotation/submit-form",
                Map.of("variables", Map.of()));
        assertThat(emptyStart.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(emptyStart.getBody()).contains("team");
        assertThat((String) JsonPath.read(as(officer).getForObject("/api/rotations/" + reference, String.class),
                "$.status")).isEqualTo("CONVERSATION");
        // a partner may not start one (nor read the definition, so the engine answers 404 rather than 403)
        assertThat(post("hmorris", "/engine-rest/process-definition/key/rotation/start", Map.of()).getStatusCode().value())
                .isIn(403, 404);
    }
}
