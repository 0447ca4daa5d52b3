package org.problemsolvinghub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.jayway.jsonpath.JsonPath;

/**
 * The rotation scheme in Tasklist: the officer's response supervisor releases them and the public
 * contact manager accepts them against the cap; an application the policy refuses tells the officer
 * the rule and the reason on the form.
 */
class RotationBrowserTest extends BrowserHubTest {

    private static final String TEAM_TASKS = "My area's team tasks";
    private static final String MY_TASKS = "My tasks";

    @Autowired
    TaskService taskService;

    @Test
    void aResponseSupervisorAndThePublicContactManagerApproveARotation() {
        List<String> intakes = JsonPath.read(as("nhughes").getForObject("/api/rotations/intakes", String.class), "$");
        ResponseEntity<String> applied = as("pcollins").postForEntity("/api/rotations", Map.of("team", "coventry-response-a",
                "lineManager", "dwhite", "intake", intakes.get(intakes.size() - 1), "joinedForceOn", "2015-03-01",
                "motivation", "I want to see jobs from the control room's side."), String.class);
        assertThat(applied.getStatusCode()).as(applied.getBody()).isEqualTo(HttpStatus.CREATED);
        String ref = JsonPath.read(applied.getBody(), "$.reference");
        submit("dwhite", ref, "Task_Conversation", """
                {"conversationHeld": {"value": true}, "conversationNotes": {"value": "Talked through shifts and the 999 course."},
                 "officerWilling": {"value": true}}""");

        browser.logIn("tasklist", "dwhite");
        String release = task(ref, "Task_Release").getName();
        showFilter(TEAM_TASKS, release);
        openTask(release);
        claim();
        browser.choose("releaseDecision", "Release them");
        browser.check("workloadHandedOver");
        browser.click(Browser.button("Complete"));
        Task accept = browser.waitUntil(d -> taskService.createTaskQuery().processInstanceBusinessKey(ref)
                .taskDefinitionKey("Task_Accept").singleResult());

        browser.logIn("tasklist", "nhughes");
        showFilter(TEAM_TASKS, accept.getName());
        openTask(accept.getName());
        claim();
        browser.choose("acceptanceDecision", "Accept");
        browser.click(Browser.button("Complete"));
        browser.waitUntil(d -> taskService.createTaskQuery().processInstanceBusinessKey(ref)
                .taskDefinitionKey("Task_Accept").count() == 0);
        String status = JsonPath.read(as("nhughes").getForObject("/api/rotations/" + ref, String.class), "$.status");
        assertThat(status).as("accepted: a place, or the waiting list when the intake is full")
                .isIn("PLACED", "TRAINING", "WAITING", "OFFERED");
    }

    @Test
    void aRefusalByPolicyShowsItsRuleAndReasonInTheForm() {
        List<String> intakes = JsonPath.read(as("nhughes").getForObject("/api/rotations/intakes", String.class), "$");
        String joined = LocalDate.now().minusMonths(8).toString();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> started = as("jwalsh").postForEntity("/engine-rest/process-definition/key/rotation/submit-form",
                new HttpEntity<>("""
                        {"variables": {"team": {"value": "coventry-response-a"}, "lineManager": {"value": "dwhite"},
                         "intake": {"value": "%s"}, "joinedForceOn": {"value": "%s"}, "motivation": {"value": "Keen to try it."}}}"""
                        .formatted(intakes.get(0), joined), json), String.class);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        String ref = JsonPath.read(started.getBody(), "$.businessKey");
        Task refused = task(ref, "Task_ToldRefused");

        browser.logIn("tasklist", "jwalsh");
        showFilter(MY_TASKS, refused.getName());
        openTask(refused.getName());
        String rule = browser.waitUntil(d -> value("refusalRule"));
        String reason = value("refusalReason");
        assertThat(rule).isEqualTo("MIN_SERVICE");
        assertThat(reason).containsIgnoringCase("service");
    }

    private String value(String key) {
        String text = browser.visible(By.cssSelector(".fjs-form [id$='-Field_" + key + "']")).getDomProperty("value");
        return text == null || text.isBlank() ? null : text;
    }

    private Task task(String ref, String key) {
        return browser.waitUntil(d -> taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(key)
                .singleResult());
    }

    private void submit(String user, String ref, String taskKey, String variables) {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = as(user).postForEntity("/engine-rest/task/" + task(ref, taskKey).getId() + "/submit-form",
                new HttpEntity<>("{\"variables\": " + variables + "}", json), String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private void showFilter(String filter, String expectedTask) {
        browser.click(By.xpath("//a[starts-with(normalize-space(.), \"" + filter + "\")]"));
        browser.waitUntil(d -> browser.texts(By.cssSelector("li.task h4.task a")).stream().anyMatch(n -> n.contains(expectedTask)));
    }

    private void openTask(String name) {
        browser.click(By.xpath("//li[contains(@class, 'task')]//h4//a[normalize-space(.)=\"" + name + "\"]"));
        browser.visible(By.xpath("//h2[normalize-space(.)=\"" + name + "\"]"));
        browser.visible(By.cssSelector(".fjs-form"));
    }

    private void claim() {
        browser.click(By.cssSelector("button.claim"));
        browser.waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
    }
}
