package org.problemsolvinghub.pmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Drives plans through the engine as people do in Tasklist: each task completed by the user who holds
 * it, with the variables its Camunda Form submits (lists as Json).
 */
public class PlanDriver {

    private final ProcessEngine engine;
    private final IdentityService identity;
    private final PmpService pmps;

    public PlanDriver(ProcessEngine engine, PmpService pmps) {
        this.engine = engine;
        this.identity = engine.getIdentityService();
        this.pmps = pmps;
    }

    static Object json(String json) {
        return SpinValues.jsonValue(json).create();
    }

    static String day(int daysFromToday) {
        return LocalDate.now().plusDays(daysFromToday).toString();
    }

    <T> T as(String userId, java.util.function.Supplier<T> work) {
        identity.clearAuthentication();
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        identity.setAuthentication(userId, groups);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    public ProcessInstance raise(String userId, String area, String ward, ProblemType type, String title) {
        String reference = as(userId, () -> pmps.raise(new RaisePmpRequest(area, ward, PmpSource.PACT_MEETING, type, title,
                "Residents say the same group causes this most evenings, near the same spot, week after week.",
                List.of("PACT meeting minutes", "Incident data: 30 calls in three months"))));
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult();
    }

    /** The plan's one open task with this definition key, across the plan and its actions. */
    public Task task(String businessKeyPrefix, String taskKey) {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKeyLike(businessKeyPrefix + "%")
                .taskDefinitionKey(taskKey).list();
        assertThat(tasks).as("open " + taskKey + " of " + businessKeyPrefix).hasSize(1);
        return tasks.get(0);
    }

    /** Submits the task's form as Tasklist does (so its answers are the form's, not process variables). */
    public void complete(String userId, String businessKey, String taskKey, Map<String, Object> variables) {
        Task task = task(businessKey, taskKey);
        as(userId, () -> {
            engine.getFormService().submitTaskForm(task.getId(), variables);
            return null;
        });
    }

    static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            vars.put((String) pairs[i], pairs[i + 1]);
        }
        return vars;
    }

    public void adopt(String supervisor, String reference, String owner) {
        complete(supervisor, reference, "Task_Triage", vars("cheersCommunity", true, "cheersHarm", true,
                "cheersRecurring", true, "harm", "SUBSTANTIAL", "frequency", "FREQUENT", "triageOutcome", "ADOPT",
                "owner", owner));
    }

    public void analyse(String owner, String reference) {
        complete(owner, reference, "Task_Analysis", vars("victimTarget", "Families using the park",
                "offender", "A group of older teenagers", "location", "The unlit corner by the play area",
                "placeManager", "Council parks team", "dataSources", "Calls for service, PACT minutes",
                "hypothesis", "The unlit, hidden corner lets the group gather unseen after school"));
    }

    public void setObjectives(String owner, String reference) {
        complete(owner, reference, "Task_Objectives", vars("objectives", json("""
                [{"measure":"ASB calls about the park","baselineFigure":30,"baselineFrom":"2026-01-01",
                  "baselineTo":"2026-03-31","target":10,"targetDate":"%s"}]""".formatted(day(200)))));
    }

    /** One action for the owner (target hardening) and one for a partner agency. */
    public void planResponse(String owner, String reference, String officer, String agency) {
        complete(owner, reference, "Task_ActionPlan", vars("actions", json("""
                [{"tactic":"ENVIRONMENTAL_DESIGN","triangleSide":"LOCATION","description":"Light the corner by the play area",
                  "ownerType":"PARTNER","actionAgency":"%s","dueDate":"%s"},
                 {"tactic":"DIVERSION_SUPPORT","triangleSide":"OFFENDER","description":"Youth workers meet the group",
                  "ownerType":"OFFICER","actionOfficer":"%s","dueDate":"%s"}]""".formatted(agency, day(14), officer, day(21)))));
    }

    public void finishAction(String userId, String actionReference) {
        complete(userId, actionReference, "Task_Action", vars("actionOutcome", "DONE", "actionNotes", "Done as planned."));
    }

    public void completeResponse(String owner, String reference) {
        complete(owner, reference, "Task_Response", vars("responseComplete", true, "responseNotes", "All done."));
    }

    public void assess(String owner, String reference) {
        complete(owner, reference, "Task_Assessment", vars(
                "objectives", json("[{\"afterFigure\":8,\"afterFrom\":\"2027-01-01\",\"afterTo\":\"2027-03-31\"}]"),
                "assessmentOutcome", "MET", "impact", "REDUCED", "impactFigure", 73,
                "causedByResponse", "Calls fell only after the lights went in; nearby parks did not change.",
                "displacementPlaces", true, "displacementTimes", true, "displacementFindings", "None seen.",
                "lessonsLearnt", "Lighting a hidden corner and youth outreach together moved the group on for good."));
    }

    public void signOff(String supervisor, String reference, String decision, String comment) {
        complete(supervisor, reference, "Task_SignOff", vars("signOffDecision", decision, "signOffComment", comment));
    }

    /**
     * A plan raised by kpatel in a Coventry ward and taken through its whole cycle by the demo force (ljones
     * supervising, an action for the Coventry council's hmorris and one for kpatel), signed off and closed: in the
     * library.
     */
    public String closedPlan(String ward, ProblemType type, String title) {
        String ref = raise("kpatel", "coventry", ward, type, title).getBusinessKey();
        adopt("ljones", ref, "kpatel");
        analyse("kpatel", ref);
        setObjectives("kpatel", ref);
        planResponse("kpatel", ref, "kpatel", "coventry-council-asb");
        finishAction("hmorris", ref + "-A01");
        finishAction("kpatel", ref + "-A02");
        completeResponse("kpatel", ref);
        assess("kpatel", ref);
        signOff("ljones", ref, "CLOSE", null);
        return ref;
    }
}
