package org.problemsolvinghub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.problemsolvinghub.pmp.PlanDriver;
import org.problemsolvinghub.pmp.PmpService;
import org.problemsolvinghub.pmp.ProblemType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Cockpit as managers use it: every process they may watch drawn in full, a running plan showing where
 * it stands, and a failure showing its cause.
 */
class CockpitBrowserTest extends BrowserHubTest {

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    ManagementService managementService;

    @Autowired
    AuthorizationService authorizationService;

    @Autowired
    PmpService pmps;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aManagerOpensEveryProcessHeMayWatchAndEachDiagramIsDrawnInFull() {
        List<String> groups = groupsOf("rgreen");
        List<ProcessDefinition> watched = repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .filter(d -> authorizationService.isUserAuthorized("rgreen", groups, Permissions.READ,
                        Resources.PROCESS_DEFINITION, d.getKey()))
                .toList();
        assertThat(watched).extracting(ProcessDefinition::getKey).contains("pmp", "pmp-action");

        browser.logIn("cockpit", "rgreen");
        browser.goTo("cockpit", "#/processes");
        for (ProcessDefinition definition : watched) {
            browser.visible(By.xpath("//table//a[normalize-space(.)='" + definition.getKey() + "']"));
        }

        for (ProcessDefinition definition : watched) {
            Set<String> flowNodes = new HashSet<>();
            repositoryService.getBpmnModelInstance(definition.getId()).getModelElementsByType(FlowNode.class)
                    .forEach(n -> flowNodes.add(n.getId()));
            browser.goTo("cockpit", "#/process-definition/" + definition.getId() + "/runtime");
            Set<String> drawn = browser.waitUntil(d -> {
                Set<String> ids = new HashSet<>(browser.all(By.cssSelector(".djs-container svg g.djs-element.djs-shape"))
                        .stream().map(e -> e.getAttribute("data-element-id")).toList());
                return ids.containsAll(flowNodes) ? ids : null;
            });
            assertThat(drawn).as(definition.getKey() + ": a shape for every flow node").containsAll(flowNodes);
            assertThat(browser.texts(By.cssSelector(".djs-container svg text")))
                    .as(definition.getKey() + ": labels as written for people, not expressions")
                    .noneMatch(label -> label.contains("${") || label.contains("#{"));
            browser.screenshot(getClass().getSimpleName() + ".diagram-" + definition.getKey());
        }
    }

    @Test
    void aRunningPlanShowsItsTokenWhereThePlanStands() {
        ProcessInstance plan = runtimeService.createProcessInstanceQuery().processDefinitionKey("pmp")
                .variableValueEquals("title", "Drug dealing in Edgwick Park").singleResult();
        Set<String> where = new HashSet<>();
        collect(runtimeService.getActivityInstance(plan.getId()), where);
        assertThat(where).as("the demo plan is in its response").contains("Task_Response");

        browser.logIn("cockpit", "rgreen");
        browser.goTo("cockpit", "#/process-instance/" + plan.getId() + "/runtime");
        WebElement token = browser.visible(By.cssSelector(
                ".djs-overlays[data-container-id='Task_Response'] .badge.instance-count"));
        assertThat(token.getText()).isEqualTo("1");
        Set<String> badged = browser.waitUntil(d -> {
            Set<String> ids = new HashSet<>();
            for (WebElement badge : browser.all(By.cssSelector(".djs-overlays .badge.instance-count"))) {
                if (badge.isDisplayed()) {
                    ids.add(badge.findElement(By.xpath("ancestor::div[@data-container-id]")).getAttribute("data-container-id"));
                }
            }
            return ids.equals(where) ? ids : null;
        });
        assertThat(badged).isEqualTo(where);
    }

    @Test
    void aFailedJobShowsItsCauseToTheAreasSupervisor() {
        PlanDriver driver = new PlanDriver(processEngine, pmps);
        String ref = driver.raise("kpatel", "coventry", "Earlsdon", ProblemType.ANTISOCIAL_BEHAVIOUR,
                "Nuisance parking outside Earlsdon schools").getBusinessKey();
        driver.adopt("ljones", ref, "kpatel");
        driver.analyse("kpatel", ref);
        driver.setObjectives("kpatel", ref);
        driver.planResponse("kpatel", ref, "kpatel", "citizen-housing");
        ProcessInstance action = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(ref + "-A02")
                .singleResult();

        // The action is removed from the hub's tables behind the engine's back; its reminder then fails each time.
        jdbc.update("delete from pmp_action where number = 2 and pmp_id = (select id from pmp where reference = ?)", ref);
        try {
            Job reminder = managementService.createJobQuery().processInstanceId(action.getId()).activityId("Timer_ActionDue")
                    .singleResult();
            List<Exception> failures = new ArrayList<>();
            for (int attempt = 0; attempt < 3 && failures.size() == attempt; attempt++) {
                try {
                    managementService.executeJob(reminder.getId());
                } catch (Exception e) {
                    failures.add(e);
                }
            }
            assertThat(failures).hasSize(3);
            Incident incident = runtimeService.createIncidentQuery().processInstanceId(action.getId()).singleResult();
            assertThat(incident.getIncidentMessage()).isEqualTo("No action " + ref + "-A02");

            browser.logIn("cockpit", "ljones");
            browser.goTo("cockpit", "#/process-instance/" + action.getId() + "/runtime?tab=incidents-tab");
            browser.visible(By.xpath("//td[contains(@class, 'message')][contains(normalize-space(.), 'No action " + ref + "-A02')]"));
            // ...and the diagram marks where it failed.
            assertThat(browser.visible(By.cssSelector(".djs-overlays[data-container-id='" + incident.getActivityId()
                    + "'] .badge.instance-incidents")).getText()).isEqualTo("1");
        } finally {
            // The broken action must not trip the other tests that run every due timer.
            runtimeService.deleteProcessInstance(action.getId(), "browser test: forced incident seen", true, true);
        }
    }

    private static void collect(ActivityInstance instance, Set<String> activities) {
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            activities.add(child.getActivityId());
            collect(child, activities);
        }
    }

    private List<String> groupsOf(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    }
}
