package org.problemsolvinghub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.jayway.jsonpath.JsonPath;

/**
 * Tasklist as officers, supervisors and partners use it: raising a problem from the start form, triaging
 * it with the Camunda Form, and a partner agency's action seen, done and kept apart from the rest of the plan.
 */
class TasklistBrowserTest extends BrowserHubTest {

    private static final String MY_TASKS = "My tasks";
    private static final String TEAM_TASKS = "My area's team tasks";

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Test
    void anOfficerRaisesAProblemFromTheStartFormAndIsToldWhatIsMissing() {
        String title = "Cycle theft at Foleshill Library " + unique();
        browser.logIn("tasklist", "kpatel");
        browser.click(By.cssSelector("li.start-process-action a"));
        browser.click(Browser.link("Proactive Management Plan"));
        browser.visible(By.xpath("//h1[normalize-space(.)='Raise a problem']"));

        browser.select("area", "Coventry");
        // The ward is chosen from the area's wards, not typed.
        assertThat(browser.options("ward")).contains("Foleshill", "Upper Stoke").doesNotContain("Aston");
        browser.select("ward", "Foleshill");
        browser.select("source", "PACT meeting");
        browser.select("problemType", "Vehicle crime");
        browser.type("title", title);
        browser.click(Browser.button("Start"));

        assertThat(browser.errors("problemStatement")).isEqualTo("Field is required.");
        assertThat(browser.errors("evidence")).isEqualTo("Field is required.");
        assertThat(planTitled(title)).as("nothing raised while the form is incomplete").isNull();

        browser.type("problemStatement", "Bikes locked outside Foleshill Library are stolen most weekday afternoons.");
        browser.type("evidence", "Crime data: 23 cycle thefts since May\nPACT meeting 9 October");
        browser.click(Browser.button("Start"));
        browser.visible(By.xpath("//div[contains(@class, 'alert')]//*[normalize-space(.)='The process has been started.']"));

        ProcessInstance plan = browser.waitUntil(d -> planTitled(title));
        String ref = plan.getBusinessKey();
        String view = as("kpatel").getForObject("/api/pmps/" + ref, String.class);
        assertThat((String) JsonPath.read(view, "$.stage")).isEqualTo("TRIAGE");
        assertThat((String) JsonPath.read(view, "$.ward")).isEqualTo("Foleshill");
        assertThat((String) JsonPath.read(view, "$.raisedBy")).isEqualTo("kpatel");
        assertThat((List<String>) JsonPath.read(view, "$.evidence"))
                .containsExactly("Crime data: 23 cycle thefts since May", "PACT meeting 9 October");
        Task triage = taskService.createTaskQuery().processInstanceId(plan.getId()).singleResult();
        assertThat(triage.getName()).isEqualTo("Triage " + ref + ": " + title);
        assertThat(taskService.getIdentityLinksForTask(triage.getId())).extracting(IdentityLink::getGroupId)
                .contains("supervisors-coventry");
    }

    @Test
    void theAreasSupervisorTriagesANewPlanThatAnotherAreasSupervisorNeverSees() {
        String title = "Dog fouling on Longford Park paths " + unique();
        String ref = raise("kpatel", "coventry", "Longford", title);
        String birmingham = raise("mkhan", "birmingham", "Nechells", "Motorbike theft in Nechells " + unique());

        browser.logIn("tasklist", "sbrown");
        assertThat(showFilter(TEAM_TASKS, birmingham)).noneMatch(name -> name.contains(ref));

        browser.logIn("tasklist", "ljones");
        showFilter(TEAM_TASKS, ref);
        String taskName = "Triage " + ref + ": " + title;
        openTask(taskName);
        browser.click(Browser.link("Description"));
        browser.visible(By.xpath("//div[starts-with(normalize-space(.), \"" + ref + ": " + title + ". The area's supervisors\")]"));
        browser.click(Browser.link("Form"));
        claim();

        for (String cheers : List.of("cheersCommunity", "cheersHarm", "cheersRecurring", "cheersSimilarity")) {
            browser.check(cheers);
        }
        browser.select("harm", "Moderate");
        browser.select("frequency", "Frequent (weekly)");
        browser.choose("triageOutcome", "Adopt as a PMP");
        // The owner is picked from Coventry's officers by name, not typed as a login.
        assertThat(browser.options("owner")).contains("Kiran Patel (kpatel)", "Peter Collins (pcollins)")
                .noneMatch(o -> o.contains("mkhan"));
        browser.select("owner", "Kiran Patel (kpatel)");
        browser.click(Browser.button("Complete"));

        Task analysis = browser.waitUntil(d -> taskService.createTaskQuery().processInstanceBusinessKey(ref)
                .taskDefinitionKey("Task_Analysis").singleResult());
        assertThat(analysis.getAssignee()).isEqualTo("kpatel");
        // What the form showed of the plan (its findings, the officers) came with the form, not from variables,
        // and Tasklist's submission of the form did not make variables of it either; of the answers, only the
        // owner a later task is assigned to stays a process variable (the plan's tables hold the rest).
        assertThat(runtimeService.getVariables(analysis.getProcessInstanceId()).keySet())
                .doesNotContain("qualityReport", "stageSummary", "actionsSummary", "assessmentSummary", "areaOfficers")
                .doesNotContain("harm", "frequency", "triageOutcome", "cheersCommunity").contains("owner");
        String view = as("ljones").getForObject("/api/pmps/" + ref, String.class);
        assertThat((String) JsonPath.read(view, "$.stage")).isEqualTo("ANALYSIS");
        assertThat((String) JsonPath.read(view, "$.priority")).isEqualTo("MEDIUM");
        assertThat((String) JsonPath.read(view, "$.triage.triagedBy")).isEqualTo("ljones");
        assertThat((List<String>) JsonPath.read(view, "$.triage.cheers")).hasSize(4);

        // The owner finds the next step in their own list.
        browser.logIn("tasklist", "kpatel");
        showFilter(MY_TASKS, "Analyse " + ref + ": " + title);
    }

    @Test
    void aPartnerSeesOnlyHerAgencysActionCompletesItAndCannotOpenThePlansOtherTasks() {
        String ref = demoPlan("Drug dealing in Edgwick Park");
        Task benches = taskService.createTaskQuery().processInstanceBusinessKey(ref + "-A01").singleResult();
        Task warrant = taskService.createTaskQuery().processInstanceBusinessKey(ref + "-A02").singleResult();
        Task response = taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("Task_Response")
                .singleResult();
        List<String> agencyTasks = taskService.createTaskQuery().taskCandidateGroupIn(groupsOf("hmorris"))
                .includeAssignedTasks().list().stream().map(Task::getName).toList();

        browser.logIn("tasklist", "hmorris");
        List<String> seen = showFilter(TEAM_TASKS, benches.getName());
        assertThat(seen).containsExactlyInAnyOrderElementsOf(agencyTasks).allMatch(name -> name.startsWith("Action "))
                .doesNotContain(warrant.getName(), response.getName());

        openTask(benches.getName());
        // What the plan's owner allocated, in the form's one read-only text.
        assertThat(browser.value("actionBrief")).startsWith("Plan: " + ref + ": Drug dealing in Edgwick Park\n")
                .contains("\nWhat is to be done: Move the benches into view of the road\n",
                        "\nTactic: Environmental design (CPTED, gating, clearing)\n");
        claim();
        browser.choose("actionOutcome", "Done");
        browser.type("actionNotes", "Benches moved beside the path, in full view of Edgwick Road.");
        browser.click(Browser.button("Complete"));
        browser.waitUntil(d -> runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ref + "-A01").count() == 0);
        String view = as("kpatel").getForObject("/api/pmps/" + ref, String.class);
        assertThat((List<String>) JsonPath.read(view, "$.actions[?(@.number == 1)].status")).containsExactly("DONE");

        // The plan's other tasks do not open for her, even from a link.
        for (Task other : List.of(response, warrant)) {
            browser.goTo("tasklist", "#/?task=" + other.getId());
            browser.visible(By.xpath("//div[contains(@class, 'alert-danger')]//*[contains(., '" + other.getId() + "')]"));
            assertThat(browser.all(By.xpath("//h2[contains(., \"" + other.getName() + "\")]"))).isEmpty();
            assertThat(browser.all(By.cssSelector(".fjs-form"))).isEmpty();
        }
    }

    /** Shows a Tasklist filter and waits until its list holds the task; returns every task name listed. */
    private List<String> showFilter(String filter, String expectedTask) {
        browser.click(By.xpath("//a[starts-with(normalize-space(.), \"" + filter + "\")]"));
        return browser.waitUntil(d -> {
            List<String> names = browser.texts(By.cssSelector("li.task h4.task a"));
            return names.stream().anyMatch(n -> n.contains(expectedTask)) ? names : null;
        });
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

    private ProcessInstance planTitled(String title) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("pmp").variableValueEquals("title", title)
                .singleResult();
    }

    private String demoPlan(String title) {
        ProcessInstance plan = planTitled(title);
        assertThat(plan).as("demo plan " + title).isNotNull();
        return plan.getBusinessKey();
    }

    private String raise(String user, String area, String ward, String title) {
        ResponseEntity<String> raised = as(user).postForEntity("/api/pmps", Map.of("area", area, "ward", ward,
                "source", "PACT_MEETING", "problemType", "ANTISOCIAL_BEHAVIOUR", "title", title,
                "problemStatement", "Residents say the same group causes this most evenings, week after week.",
                "evidence", List.of("PACT meeting minutes", "Incident data: 30 calls in three months")), String.class);
        assertThat(raised.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return JsonPath.read(raised.getBody(), "$.reference");
    }

    private List<String> groupsOf(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }

    private static String unique() {
        return "(" + UUID.randomUUID().toString().substring(0, 6) + ")";
    }
}
