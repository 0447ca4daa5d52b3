package org.problemsolvinghub.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.problemsolvinghub.pmp.PmpService;
import org.problemsolvinghub.pmp.PmpSource;
import org.problemsolvinghub.pmp.ProblemType;
import org.problemsolvinghub.pmp.RaisePmpRequest;
import org.problemsolvinghub.system.HubClock;
import org.springframework.stereotype.Component;

/**
 * Plans in every stage across Coventry and Birmingham, raised and worked by the demo force's own
 * people through the engine, exactly as they would be in Tasklist: two waiting for triage, one with an
 * analyst, one in its response with a partner's action, one handed to a partner, and one closed in
 * the good-practice library.
 */
@Component
class DemoPlans {

    private final PmpService pmps;
    private final TaskService taskService;
    private final FormService formService;
    private final HistoryService historyService;
    private final IdentityService identityService;

    DemoPlans(PmpService pmps, TaskService taskService, FormService formService, HistoryService historyService,
            IdentityService identityService) {
        this.pmps = pmps;
        this.taskService = taskService;
        this.formService = formService;
        this.historyService = historyService;
        this.identityService = identityService;
    }

    void createIfNone() {
        if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PmpService.PROCESS_KEY).count() > 0) {
            return;
        }
        closedCarCrimePlan();
        parkDrugDealingInResponse();
        raise("kpatel", "coventry", "Upper Stoke", PmpSource.DATA, ProblemType.ANTISOCIAL_BEHAVIOUR,
                "Off-road bikes in Stoke Aldermoor",
                "Off-road motorbikes ridden at speed across Stoke Aldermoor green and footpaths on weekend "
                        + "afternoons put pedestrians and children at risk.",
                "Incident data: 21 reports of nuisance bikes in Upper Stoke since June",
                "Email from the local academy about pupils nearly hit on the footpath");
        raise("mkhan", "birmingham", "Aston", PmpSource.ELECTED_MEMBER, ProblemType.ANTISOCIAL_BEHAVIOUR,
                "Street drinking outside Aston shops",
                "Groups of street drinkers gather outside the Lichfield Road shops from late morning, "
                        + "with shoplifting, urinating and abuse of shop staff and customers.",
                "Councillor's referral of shopkeepers' complaints, 2 October",
                "Incident data: 17 ASB and 9 shop theft reports on Lichfield Road, August to October");
        allotmentsWithTheAnalyst();
        flyTippingHandedToTheCouncil();
    }

    /** Raised, analysed, responded to, assessed and signed off: the library's first entry. */
    private void closedCarCrimePlan() {
        String ref = raise("mkhan", "birmingham", "Handsworth", PmpSource.DATA, ProblemType.VEHICLE_CRIME,
                "Thefts from cars at Handsworth Park car park",
                "Visitors' cars in the Handsworth Park car park are broken into on weekend afternoons, "
                        + "mostly for sat-navs and bags left on show.",
                "Crime data: 46 thefts from vehicles in the car park in a year",
                "PACT meeting: park friends' group asked for action");
        complete("sbrown", ref, "Task_Triage", vars("cheersCommunity", true, "cheersHarm", true, "cheersRecurring", true,
                "cheersSimilarity", true, "harm", "MODERATE", "frequency", "FREQUENT", "triageOutcome", "ADOPT", "owner", "mkhan"));
        complete("mkhan", ref, "Task_Analysis", vars("victimTarget", "Park visitors leaving bags and sat-navs on show",
                "guardian", "Park rangers, few on weekends", "offender", "Two or three local repeat offenders on foot",
                "handler", "Offender managers", "location", "The lower car park, screened by hedges from the road",
                "placeManager", "Council parks service", "dataSources", "Crime reports, CCTV review, ranger logs",
                "hypothesis", "Hidden, unwatched parking with valuables on show makes easy pickings on busy afternoons"));
        LocalDate lastYear = HubClock.today().minusYears(1).withDayOfYear(1);
        complete("mkhan", ref, "Task_Objectives", vars("objectives", json("""
                [{"measure":"Thefts from vehicles in the car park","baselineFigure":23,"baselineFrom":"%s",
                  "baselineTo":"%s","target":8,"targetDate":"%s"}]""".formatted(lastYear, lastYear.plusMonths(6).minusDays(1),
                HubClock.today().plusDays(30)))));
        complete("mkhan", ref, "Task_ActionPlan", vars("actions", json("""
                [{"tactic":"ENVIRONMENTAL_DESIGN","triangleSide":"LOCATION","description":"Cut back the hedges and add signs and lighting",
                  "ownerType":"PARTNER","actionAgency":"birmingham-council-asb","dueDate":"%s"},
                 {"tactic":"EDUCATION_NUDGE","triangleSide":"VICTIM","description":"Leaflet cars: 'Take it or lose it' campaign",
                  "ownerType":"OFFICER","actionOfficer":"mkhan","dueDate":"%s"},
                 {"tactic":"ENFORCEMENT","triangleSide":"OFFENDER","description":"Targeted patrols and offender visits",
                  "ownerType":"OFFICER","actionOfficer":"mkhan","dueDate":"%s"}]""".formatted(
                HubClock.today().plusDays(10), HubClock.today().plusDays(10), HubClock.today().plusDays(10)))));
        complete("tokafor", ref + "-A01", "Task_Action", vars("actionOutcome", "DONE",
                "actionNotes", "Hedges cut to one metre, two lights and four signs installed."));
        complete("mkhan", ref + "-A02", "Task_Action", vars("actionOutcome", "DONE",
                "actionNotes", "600 leaflets on windscreens over six weekends."));
        complete("mkhan", ref + "-A03", "Task_Action", vars("actionOutcome", "DONE",
                "actionNotes", "Weekend patrols for two months; both known offenders visited."));
        complete("mkhan", ref, "Task_Response", vars("responseComplete", true));
        LocalDate thisYear = HubClock.today().withDayOfYear(1);
        complete("mkhan", ref, "Task_Assessment", vars(
                "objectives", json("[{\"afterFigure\":6,\"afterFrom\":\"%s\",\"afterTo\":\"%s\"}]"
                        .formatted(thisYear, thisYear.plusMonths(6).minusDays(1))),
                "assessmentOutcome", "MET", "impact", "REDUCED", "impactFigure", 74,
                "causedByResponse", "Thefts fell the month the hedges were cut and stayed down; the town-centre car parks did not change.",
                "displacementPlaces", true, "displacementTimes", true, "displacementCrimes", false,
                "displacementFindings", "No rise in nearby streets or at other times.",
                "lessonsLearnt", "Opening up sight lines did more than patrols: ask the parks service to cut back screening "
                        + "planting first, then nudge visitors to take valuables with them."));
        complete("sbrown", ref, "Task_SignOff", vars("signOffDecision", "CLOSE"));
    }

    private void parkDrugDealingInResponse() {
        String ref = raise("kpatel", "coventry", "Foleshill", PmpSource.PACT_MEETING, ProblemType.DRUGS,
                "Drug dealing in Edgwick Park",
                "Residents of Foleshill report young men dealing cannabis by the Edgwick Park play area most "
                        + "evenings after school, frightening parents away from the park.",
                "PACT meeting 14 October: residents' complaints about dealing by the play area",
                "Incident data: 38 drugs and ASB calls about Edgwick Park, July to September");
        complete("ljones", ref, "Task_Triage", vars("cheersCommunity", true, "cheersHarm", true, "cheersRecurring", true,
                "harm", "SUBSTANTIAL", "frequency", "PERSISTENT", "triageOutcome", "ADOPT", "owner", "kpatel"));
        complete("kpatel", ref, "Task_Analysis", vars("victimTarget", "Parents and children using the play area",
                "offender", "Four young men from outside the ward", "handler", "Youth offending service",
                "location", "Benches by the play area, out of sight of the road", "placeManager", "Council parks team",
                "dataSources", "Calls for service, PACT minutes, stop and search records",
                "hypothesis", "The hidden benches give dealers cover and a captive market of teenagers after school"));
        LocalDate baseline = HubClock.today().minusMonths(4).withDayOfMonth(1);
        complete("kpatel", ref, "Task_Objectives", vars("objectives", json("""
                [{"measure":"Drugs and ASB calls about Edgwick Park","baselineFigure":38,"baselineFrom":"%s",
                  "baselineTo":"%s","target":12,"targetDate":"%s"}]""".formatted(baseline, baseline.plusMonths(3).minusDays(1),
                HubClock.today().plusMonths(6)))));
        complete("kpatel", ref, "Task_ActionPlan", vars("actions", json("""
                [{"tactic":"ENVIRONMENTAL_DESIGN","triangleSide":"LOCATION","description":"Move the benches into view of the road",
                  "ownerType":"PARTNER","actionAgency":"coventry-council-asb","dueDate":"%s"},
                 {"tactic":"ENFORCEMENT","triangleSide":"OFFENDER","description":"Warrant and targeted stop and search",
                  "ownerType":"OFFICER","actionOfficer":"kpatel","dueDate":"%s"}]""".formatted(
                HubClock.today().plusDays(21), HubClock.today().plusDays(14)))));
    }

    private void allotmentsWithTheAnalyst() {
        String ref = raise("pcollins", "coventry", "Foleshill", PmpSource.PACT_MEETING, ProblemType.BURGLARY,
                "Shed burglaries on Foleshill allotments",
                "Allotment holders in Foleshill have had sheds broken into and tools stolen every week since May.",
                "PACT meeting: allotment society complaint", "Crime data: 19 shed burglaries since May");
        complete("ljones", ref, "Task_Triage", vars("cheersCommunity", true, "cheersRecurring", true,
                "harm", "MODERATE", "frequency", "FREQUENT", "triageOutcome", "ADOPT", "owner", "pcollins"));
        complete("pcollins", ref, "Task_Analysis", vars("victimTarget", "Allotment holders", "offender", "Not known",
                "location", "Allotments off Lythalls Lane, back gate", "dataSources", "Crime reports",
                "hypothesis", "The unlocked back gate lets burglars in unseen after dark",
                "askAnalyst", true, "analystQuestion", "Are the stolen tools turning up for sale anywhere, and on which nights are sheds hit?"));
    }

    private void flyTippingHandedToTheCouncil() {
        String ref = raise("mkhan", "birmingham", "Lozells", PmpSource.PUBLIC_REPORT, ProblemType.ENVIRONMENTAL,
                "Fly-tipping in the alleys off Lozells Road",
                "Household waste and mattresses are dumped in the alleyways behind Lozells Road houses every "
                        + "week, drawing rats and arson of the rubbish at night.",
                "Public reports through the council's fly-tipping form: 64 since April",
                "Fire service: 5 deliberate rubbish fires in the alleys since July");
        complete("sbrown", ref, "Task_Triage", vars("triageOutcome", "PARTNER_LED", "partnerAgency", "birmingham-council-asb",
                "harm", "MODERATE", "frequency", "FREQUENT",
                "triageNotes", "Waste enforcement is the council's lead; police to support with patrols."));
    }

    private String raise(String userId, String area, String ward, PmpSource source, ProblemType type, String title,
            String statement, String... evidence) {
        return as(userId, () -> pmps.raise(new RaisePmpRequest(area, ward, source, type, title, statement, List.of(evidence))));
    }

    private void complete(String userId, String businessKey, String taskKey, Map<String, Object> variables) {
        as(userId, () -> {
            Task task = taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey)
                    .singleResult();
            if (task.getAssignee() == null) {
                taskService.claim(task.getId(), userId);
            }
            // As Tasklist submits a form: the answers go to the plan's tables, not into process variables.
            formService.submitTaskForm(task.getId(), variables);
            return null;
        });
    }

    private static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            vars.put((String) pairs[i], pairs[i + 1]);
        }
        return vars;
    }

    private static Object json(String json) {
        return SpinValues.jsonValue(json).create();
    }

    private <T> T as(String userId, java.util.function.Supplier<T> work) {
        identityService.setAuthentication(userId, DemoForce.groupsOf(userId));
        try {
            return work.get();
        } finally {
            identityService.clearAuthentication();
        }
    }
}
