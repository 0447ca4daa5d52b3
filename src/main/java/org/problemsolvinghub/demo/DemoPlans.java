package org.problemsolvinghub.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.problemsolvinghub.pmp.PmpService;
import org.problemsolvinghub.pmp.PmpSource;
import org.problemsolvinghub.pmp.RaisePmpRequest;
import org.springframework.stereotype.Component;

/**
 * A few plans in different stages across Coventry and Birmingham, raised and triaged by the demo
 * force's own people through the engine, exactly as they would be in Tasklist.
 */
@Component
class DemoPlans {

    private final PmpService pmps;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final IdentityService identityService;

    DemoPlans(PmpService pmps, TaskService taskService, HistoryService historyService, IdentityService identityService) {
        this.pmps = pmps;
        this.taskService = taskService;
        this.historyService = historyService;
        this.identityService = identityService;
    }

    void createIfNone() {
        if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PmpService.PROCESS_KEY).count() > 0) {
            return;
        }
        String park = raise("kpatel", new RaisePmpRequest("coventry", "Foleshill", PmpSource.PACT_MEETING,
                "Drug dealing in Edgwick Park",
                "Residents of Foleshill report young men dealing cannabis by the Edgwick Park play area most "
                        + "evenings after school, frightening parents away from the park.",
                List.of("PACT meeting 14 October: residents' complaints about dealing by the play area",
                        "Incident data: 38 drugs and ASB calls about Edgwick Park, July to September")));
        triage("ljones", park, Map.of("triageOutcome", "ADOPT", "owner", "kpatel", "harm", "SUBSTANTIAL",
                "frequency", "PERSISTENT"));

        raise("kpatel", new RaisePmpRequest("coventry", "Upper Stoke", PmpSource.DATA,
                "Off-road bikes in Stoke Aldermoor",
                "Off-road motorbikes ridden at speed across Stoke Aldermoor green and footpaths on weekend "
                        + "afternoons put pedestrians and children at risk.",
                List.of("Incident data: 21 reports of nuisance bikes in Upper Stoke since June",
                        "Email from Whitley Academy about pupils nearly hit on the footpath")));

        raise("mkhan", new RaisePmpRequest("birmingham", "Aston", PmpSource.ELECTED_MEMBER,
                "Street drinking outside Aston shops",
                "Groups of street drinkers gather outside the Lichfield Road shops from late morning, "
                        + "with shoplifting, urinating and abuse of shop staff and customers.",
                List.of("Councillor's referral of shopkeepers' complaints, 2 October",
                        "Incident data: 17 ASB and 9 shop theft reports on Lichfield Road, August to October")));

        String tipping = raise("mkhan", new RaisePmpRequest("birmingham", "Lozells", PmpSource.PUBLIC_REPORT,
                "Fly-tipping in the alleys off Lozells Road",
                "Household waste and mattresses are dumped in the alleyways behind Lozells Road houses every "
                        + "week, drawing rats and arson of the rubbish at night.",
                List.of("Public reports through the council's fly-tipping form: 64 since April",
                        "Fire service: 5 deliberate rubbish fires in the alleys since July")));
        triage("sbrown", tipping, Map.of("triageOutcome", "PARTNER_LED", "partnerAgency", "birmingham-council-asb",
                "harm", "MODERATE", "frequency", "FREQUENT",
                "triageNotes", "Waste enforcement is the council's lead; police to support with patrols."));
    }

    private String raise(String userId, RaisePmpRequest request) {
        return as(userId, () -> pmps.raise(request));
    }

    private void triage(String supervisorId, String reference, Map<String, Object> decision) {
        as(supervisorId, () -> {
            Task task = taskService.createTaskQuery().processInstanceBusinessKey(reference).singleResult();
            Map<String, Object> variables = new HashMap<>(decision);
            List.of("cheersCommunity", "cheersHarm", "cheersRecurring", "cheersSimilarity")
                    .forEach(c -> variables.put(c, true));
            taskService.claim(task.getId(), supervisorId);
            taskService.complete(task.getId(), variables);
            return null;
        });
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
