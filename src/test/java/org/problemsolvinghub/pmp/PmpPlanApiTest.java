package org.problemsolvinghub.pmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.jayway.jsonpath.JsonPath;

/** The plan API on PostgreSQL: lists, edits with versions, actions, moves, audit, quality, library, Practice Bank. */
class PmpPlanApiTest extends HubTest {

    @Autowired
    PmpService pmps;

    @Autowired
    TaskService taskService;

    PlanDriver driver;

    @BeforeEach
    void driver() {
        driver = new PlanDriver(processEngine, pmps);
    }

    private String planInResponse(String title) {
        ProcessInstance pi = driver.raise("kpatel", "coventry", "Longford", ProblemType.ANTISOCIAL_BEHAVIOUR, title);
        String ref = pi.getBusinessKey();
        driver.adopt("ljones", ref, "kpatel");
        driver.analyse("kpatel", ref);
        driver.setObjectives("kpatel", ref);
        driver.planResponse("kpatel", ref, "kpatel", "coventry-council-asb");
        return ref;
    }

    private String closedPlan(String title) {
        return driver.closedPlan("Longford", ProblemType.ANTISOCIAL_BEHAVIOUR, title);
    }

    /** A Radford drugs plan raised by kpatel, adopted and analysed: its objectives are next. */
    private String planAtObjectives(String title) {
        String ref = driver.raise("kpatel", "coventry", "Radford", ProblemType.DRUGS, title).getBusinessKey();
        driver.adopt("ljones", ref, "kpatel");
        driver.analyse("kpatel", ref);
        return ref;
    }

    private long version(String user, String ref) {
        return ((Number) JsonPath.read(as(user).getForObject("/api/pmps/" + ref, String.class), "$.version")).longValue();
    }

    private ResponseEntity<String> put(String user, String path, Object body) {
        return as(user).exchange(path, HttpMethod.PUT, json(body), String.class);
    }

    private ResponseEntity<String> post(String user, String path, Object body) {
        return as(user).exchange(path, HttpMethod.POST, json(body), String.class);
    }

    @Test
    void plansAreListedByAreaStageAndOwnerAndAPartnerListsOnlyTheirs() {
        String ref = planInResponse("Nuisance quad bikes in Longford");
        String list = as("ljones").getForObject("/api/pmps?area=coventry&stage=RESPONSE&owner=kpatel&size=100", String.class);
        assertThat((List<String>) JsonPath.read(list, "$.items[*].reference")).contains(ref);
        assertThat((List<String>) JsonPath.read(list, "$.items[*].stage")).containsOnly("RESPONSE");
        assertThat((List<String>) JsonPath.read(as("ljones").getForObject("/api/pmps?area=birmingham&size=100", String.class),
                "$.items[*].reference")).doesNotContain(ref);

        // Coventry's ASB team holds action A01 of this plan; Birmingham's holds nothing of it.
        assertThat((List<String>) JsonPath.read(as("hmorris").getForObject("/api/pmps?size=100", String.class),
                "$.items[*].reference")).contains(ref).allMatch(r -> r.startsWith("PMP-COV"));
        assertThat((List<String>) JsonPath.read(as("tokafor").getForObject("/api/pmps?size=100", String.class),
                "$.items[*].reference")).doesNotContain(ref);
        assertThat(as("hmorris").getForEntity("/api/pmps/" + ref, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("tokafor").getForEntity("/api/pmps/" + ref, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(as("ljones").getForEntity("/api/pmps?size=1000", String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(as("ljones").getForEntity("/api/pmps?stage=SOMEWHERE", String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void overdueListsPlansWithAnActionPastItsDueDate() {
        String ref = planInResponse("Speeding on Longford Road");
        assertThat((List<String>) JsonPath.read(as("ljones").getForObject("/api/pmps?overdue=true&size=100", String.class),
                "$.items[*].reference")).doesNotContain(ref);
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.now().plus(30, java.time.temporal.ChronoUnit.DAYS)));
        try {
            String list = as("ljones").getForObject("/api/pmps?overdue=true&size=100", String.class);
            assertThat((List<String>) JsonPath.read(list, "$.items[*].reference")).contains(ref);
            assertThat((List<Integer>) JsonPath.read(list, "$.items[?(@.reference == '" + ref + "')].overdueActions")).containsExactly(2);
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    @Test
    void anEditWithAStaleVersionAnswers409AndAGoodOneIsAudited() {
        ProcessInstance pi = driver.raise("kpatel", "coventry", "Radford", ProblemType.DRUGS, "Cannabis farm smells in Radford");
        String ref = pi.getBusinessKey();
        driver.adopt("ljones", ref, "kpatel");
        long version = version("kpatel", ref);
        Map<String, Object> analysis = Map.of("version", version, "victimTarget", "Neighbours", "offender", "Tenants of two houses",
                "location", "Terraced houses on Radford Road", "dataSources", "Calls", "hypothesis", "Absentee landlords do not check");

        ResponseEntity<String> edited = put("kpatel", "/api/pmps/" + ref + "/analysis", analysis);
        assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((String) JsonPath.read(edited.getBody(), "$.analysis.hypothesis")).isEqualTo("Absentee landlords do not check");
        // The open analysis task's form shows the edit (from the plan, as the form opens).
        assertThat(formVariable("kpatel", ref, "Task_Analysis", "hypothesis")).isEqualTo("Absentee landlords do not check");

        ResponseEntity<String> stale = put("kpatel", "/api/pmps/" + ref + "/analysis", analysis);
        assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stale.getBody()).contains("Someone else changed this plan");
        assertThat(put("mkhan", "/api/pmps/" + ref + "/analysis", Map.of("version", version("kpatel", ref))).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        String audit = as("ljones").getForObject("/api/pmps/" + ref + "/audit", String.class);
        assertThat((List<String>) JsonPath.read(audit, "$[?(@.field == 'analysis.hypothesis')].newValue"))
                .containsExactly("Absentee landlords do not check");
        assertThat((List<String>) JsonPath.read(audit, "$[?(@.field == 'analysis.hypothesis')].changedBy")).containsExactly("kpatel");
        assertThat((List<String>) JsonPath.read(audit, "$[?(@.field == 'owner')].newValue")).containsExactly("kpatel");
    }

    @Test
    void badObjectivesAnswer400NamingTheFieldInTheList() {
        String ref = planAtObjectives("Dealing at Radford shops");
        ResponseEntity<String> answer = put("kpatel", "/api/pmps/" + ref + "/objectives", Map.of("version", version("kpatel", ref),
                "objectives", List.of(Map.of("measure", "Calls", "baselineFrom", "2026-03-01", "baselineTo", "2026-01-01",
                        "target", 5, "targetDate", "2027-01-01"))));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(answer.getBody(), "$.errors[*].field")).contains("objectives[0].baselineFigure");
        // An empty entry in the list (JSON null) is named too, not a 500 (found by the fuzzing drill).
        ResponseEntity<String> empty = put("kpatel", "/api/pmps/" + ref + "/objectives",
                "{\"version\": " + version("kpatel", ref) + ", \"objectives\": [null]}");
        assertThat(empty.getStatusCode()).as(empty.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(empty.getBody(), "$.errors[*].field")).containsExactly("objectives[0]");
        assertThat(pmps.find(ref).objectives()).isEmpty();
    }

    /** Found by the fuzzing drill: " ADOPT " was read as ADOPT but matched no flow of the gateway (500). */
    @Test
    void aChoiceWithSpacesAroundItRoutesAsTheChoiceItself() {
        ProcessInstance pi = driver.raise("kpatel", "coventry", "Radford", ProblemType.DRUGS, "Dealing behind the Radford flats");
        String ref = pi.getBusinessKey();
        driver.complete("ljones", ref, "Task_Triage", PlanDriver.vars("cheersCommunity", true, "cheersHarm", true,
                "cheersRecurring", true, "harm", "SUBSTANTIAL", "frequency", "FREQUENT", "triageOutcome", " ADOPT ",
                "owner", "kpatel"));
        assertThat(driver.task(ref, "Task_Analysis").getAssignee()).isEqualTo("kpatel");
    }

    /** Found by the fuzzing drill: a NUL written as an escape inside a Json variable reached PostgreSQL (500). */
    @Test
    void aNulEscapedInsideAJsonAnswerIsRefusedNamingTheField() {
        String ref = planAtObjectives("Dealing by the Radford garages");
        String task = driver.task(ref, "Task_Objectives").getId();
        String objectives = "[{\\\"measure\\\":\\\"\\\\u0000nul inside\\\",\\\"baselineFigure\\\":30,"
                + "\\\"baselineFrom\\\":\\\"2026-08-04\\\",\\\"baselineTo\\\":\\\"2026-11-02\\\",\\\"target\\\":10,"
                + "\\\"targetDate\\\":\\\"" + PlanDriver.day(200) + "\\\"}]";
        ResponseEntity<String> answer = post("kpatel", "/engine-rest/task/" + task + "/submit-form",
                "{\"variables\": {\"objectives\": {\"value\": \"" + objectives + "\", \"type\": \"Json\"}}}");
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("objectives: contains a NUL character");
        assertThat(driver.task(ref, "Task_Objectives").getId()).isEqualTo(task);
    }

    @Test
    void actionsAddedThroughTheApiBecomeTasksForTheirOwners() {
        String ref = planInResponse("Graffiti on Longford shops");
        ResponseEntity<String> added = as("kpatel").postForEntity("/api/pmps/" + ref + "/actions", Map.of("version", version("kpatel", ref),
                "actions", List.of(Map.of("tactic", "CIVIL_INTERVENTION", "triangleSide", "OFFENDER",
                        "description", "Community protection warnings to the two taggers", "ownerType", "OFFICER",
                        "actionOfficer", "pcollins", "dueDate", PlanDriver.day(10)))), String.class);
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat((List<String>) JsonPath.read(added.getBody(), "$.actions[*].reference")).contains(ref + "-A03");
        assertThat(driver.task(ref + "-A03", "Task_Action").getAssignee()).isEqualTo("pcollins");

        ResponseEntity<String> refused = as("kpatel").postForEntity("/api/pmps/" + ref + "/actions", Map.of("version", version("kpatel", ref),
                "actions", List.of(Map.of("tactic", "ENFORCEMENT", "triangleSide", "OFFENDER", "description", "Arrests",
                        "ownerType", "OFFICER", "actionOfficer", "mkhan", "dueDate", PlanDriver.day(10)))), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) JsonPath.read(refused.getBody(), "$.errors[0].field")).isEqualTo("actions[0].actionOfficer");

        // An empty entry among the actions (JSON null) is named, and nothing of the request is kept (the fuzzing
        // drill's seed 1796212395751 found it answering 500).
        ResponseEntity<String> empty = post("kpatel", "/api/pmps/" + ref + "/actions", "{\"version\": "
                + version("kpatel", ref) + ", \"actions\": [{\"tactic\": \"ENFORCEMENT\", \"triangleSide\": \"OFFENDER\","
                + " \"description\": \"Arrests\", \"ownerType\": \"OFFICER\", \"actionOfficer\": \"pcollins\","
                + " \"dueDate\": \"" + PlanDriver.day(10) + "\"}, null]}");
        assertThat(empty.getStatusCode()).as(empty.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(empty.getBody(), "$.errors[*].field")).containsExactly("actions[1]");
        assertThat(pmps.find(ref).actions()).hasSize(3);
    }

    @Test
    void ownershipAndAreaMoveAndTheOpenTasksFollow() {
        ProcessInstance pi = driver.raise("kpatel", "coventry", "Radford", ProblemType.VIOLENCE, "Fights outside Radford pub");
        String ref = pi.getBusinessKey();
        driver.adopt("ljones", ref, "kpatel");
        assertThat(put("ljones", "/api/pmps/" + ref + "/owner", Map.of("version", version("ljones", ref), "owner", "pcollins"))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(driver.task(ref, "Task_Analysis").getAssignee()).isEqualTo("pcollins");
        assertThat(put("kpatel", "/api/pmps/" + ref + "/owner", Map.of("version", version("ljones", ref), "owner", "kpatel"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        // offered to kpatel too (as a supervisor might through Tasklist): a link and a grant for him
        processEngine.getTaskService().addCandidateUser(driver.task(ref, "Task_Analysis").getId(), "kpatel");
        ResponseEntity<String> moved = put("ljones", "/api/pmps/" + ref + "/area", Map.of("version", version("ljones", ref),
                "area", "birmingham", "ward", "Aston", "owner", "mkhan"));
        assertThat(moved.getStatusCode()).as(moved.getBody()).isEqualTo(HttpStatus.OK);
        assertThat((String) JsonPath.read(moved.getBody(), "$.area")).isEqualTo("birmingham");
        assertThat(driver.task(ref, "Task_Analysis").getAssignee()).isEqualTo("mkhan");
        assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), "area")).isEqualTo("birmingham");
        String analysis = driver.task(ref, "Task_Analysis").getId();
        for (String before : List.of("ljones", "pcollins", "kpatel")) {
            assertThat((List<String>) JsonPath.read(as(before).getForObject("/engine-rest/task?maxResults=500&processInstanceBusinessKey="
                    + ref, String.class), "$[*].id")).as(before + " no longer sees the moved plan's tasks").isEmpty();
            assertThat(as(before).getForEntity("/engine-rest/task/" + analysis, String.class).getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat((List<String>) JsonPath.read(as("kpatel").getForObject("/engine-rest/task?maxResults=500&candidateUser=kpatel"
                + "&includeAssignedTasks=true", String.class), "$[*].id")).as("the old area's offer went with the move")
                .doesNotContain(analysis);
        assertThat(processEngine.getTaskService().getIdentityLinksForTask(analysis)).noneMatch(l -> "kpatel".equals(l.getUserId()));
        assertThat((List<String>) JsonPath.read(as("mkhan").getForObject("/engine-rest/task?maxResults=500&processInstanceBusinessKey="
                + ref, String.class), "$[*].id")).contains(analysis);
        driver.analyse("mkhan", ref);
        assertThat(pmps.find(ref).stage()).isEqualTo(PmpStage.OBJECTIVES);
    }

    @Test
    void theQualityEndpointSaysWhatIsMissing() {
        ProcessInstance pi = driver.raise("kpatel", "coventry", "Radford", ProblemType.OTHER, "Begging at Radford cashpoint");
        String ref = pi.getBusinessKey();
        driver.adopt("ljones", ref, "kpatel");
        driver.complete("kpatel", ref, "Task_Analysis", PlanDriver.vars("victimTarget", "Shoppers", "offender", "Two men",
                "location", "Cashpoint", "dataSources", "Calls", "hypothesis", "The cashpoint draws them"));
        driver.setObjectives("kpatel", ref);
        driver.complete("kpatel", ref, "Task_ActionPlan", PlanDriver.vars("actions", PlanDriver.json("""
                [{"tactic":"ENFORCEMENT","triangleSide":"OFFENDER","description":"Arrest for aggressive begging",
                  "ownerType":"OFFICER","actionOfficer":"kpatel","dueDate":"%s"}]""".formatted(PlanDriver.day(5)))));
        driver.finishAction("kpatel", ref + "-A01");
        driver.completeResponse("kpatel", ref);
        String quality = as("kpatel").getForObject("/api/pmps/" + ref + "/quality", String.class);
        assertThat((String) JsonPath.read(quality, "$.stage")).isEqualTo("ASSESSMENT");
        assertThat((List<String>) JsonPath.read(quality, "$.findings[*].message"))
                .contains("Only enforcement tactics: enforcement alone is not a plan.");
        assertThat((Boolean) JsonPath.read(quality, "$.blocked")).isFalse();
    }

    @Test
    void closedPlansAreFoundInTheLibraryAndDrawnUpForThePracticeBank() {
        String ref = closedPlan("Youths at Longford Park corner");
        String hits = as("mkhan").getForObject("/api/library?q=lighting the corner&size=5", String.class);
        assertThat((List<String>) JsonPath.read(as("mkhan").getForObject("/api/library?q=lights corner", String.class),
                "$.hits[*].reference")).contains(ref);
        assertThat((List<String>) JsonPath.read(as("mkhan").getForObject("/api/library?q=corner&tactic=ENVIRONMENTAL_DESIGN&area=coventry",
                String.class), "$.hits[*].reference")).contains(ref);
        assertThat((List<String>) JsonPath.read(as("mkhan").getForObject("/api/library?q=corner&tactic=CIVIL_INTERVENTION",
                String.class), "$.hits[*].reference")).doesNotContain(ref);
        assertThat((List<String>) JsonPath.read(as("mkhan").getForObject("/api/library?q=corner&impact=REDUCED&problemType=ANTISOCIAL_BEHAVIOUR",
                String.class), "$.hits[*].kind")).contains("pmp");
        ResponseEntity<String> bad = as("mkhan").getForEntity("/api/library?tactic=MAGIC", String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) JsonPath.read(bad.getBody(), "$.errors[0].field")).isEqualTo("tactic");
        // A partner finds what their agency held an action in, and nothing else.
        assertThat((List<String>) JsonPath.read(as("hmorris").getForObject("/api/library?q=corner", String.class),
                "$.hits[*].reference")).contains(ref);
        assertThat((List<String>) JsonPath.read(as("tokafor").getForObject("/api/library?q=corner", String.class),
                "$.hits[*].reference")).doesNotContain(ref);
        assertThat(hits).isNotNull();

        ResponseEntity<String> markdown = as("mkhan").getForEntity("/api/pmps/" + ref + "/practice-bank", String.class);
        assertThat(markdown.getHeaders().getContentType().toString()).startsWith("text/markdown");
        assertThat(markdown.getBody()).contains("# Youths at Longford Park corner", "## Aim", "## Intended outcome",
                "## Description", "## Overall impact", "## Learning", "| Partners | Police, Coventry City Council ASB team |",
                "Reduced by 73%");
        HttpHeaders pdfAccept = new HttpHeaders();
        pdfAccept.setAccept(List.of(MediaType.APPLICATION_PDF));
        ResponseEntity<byte[]> pdf = as("mkhan").exchange("/api/pmps/" + ref + "/practice-bank", HttpMethod.GET,
                new HttpEntity<>(pdfAccept), byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(new String(pdf.getBody(), 0, 5)).isEqualTo("%PDF-");

        String open = planInResponse("Still open");
        assertThat(as("mkhan").getForEntity("/api/pmps/" + open + "/practice-bank", String.class).getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void oneLibraryQueryFindsAClosedPlanAndAWebinarRecordingOnTheSameSubject() {
        String ref = closedPlan("Lighting a dark corner of Longford Park");
        String series = JsonPath.read(as("rgreen").postForObject("/api/learning/webinars/series", Map.of("name", "Park safety",
                "firstSessionOn", java.time.LocalDate.now().plusDays(60).toString(), "startTime", "13:00"), String.class), "$.reference");
        ResponseEntity<String> recording = as("rgreen").postForEntity("/api/learning/webinars/series/" + series + "/past-sessions",
                Map.of("heldOn", java.time.LocalDate.now().minusMonths(2).toString(), "title", "Designing out crime in parks",
                        "theme", "Environmental design", "attended", 41, "recordingLink", "https://stream.example/rec/parks",
                        "summary", "Lighting and sight lines: what cut crime in a dark park corner."), String.class);
        assertThat(recording.getStatusCode()).as(recording.getBody()).isEqualTo(HttpStatus.CREATED);

        String hits = as("mkhan").getForObject("/api/library?q=corner&limit=50", String.class);
        assertThat((List<String>) JsonPath.read(hits, "$.hits[*].kind")).contains("pmp", "recording");
        assertThat((List<String>) JsonPath.read(hits, "$.hits[*].reference")).contains(ref);
        assertThat((List<String>) JsonPath.read(as("mkhan").getForObject("/api/library?q=corner&kind=recording", String.class),
                "$.hits[*].kind")).containsOnly("recording");
        // A plan-only filter leaves recordings out rather than ignoring the filter.
        assertThat((List<String>) JsonPath.read(as("mkhan").getForObject("/api/library?q=corner&tactic=ENVIRONMENTAL_DESIGN",
                String.class), "$.hits[*].kind")).containsOnly("pmp");
        assertThat(as("mkhan").getForEntity("/api/library?kind=gossip", String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theAssessmentCanBeDraftedThroughTheApiAndTheFormShowsIt() {
        String ref = planInResponse("Litter louts at Longford shops");
        driver.finishAction("hmorris", ref + "-A01");
        driver.finishAction("kpatel", ref + "-A02");
        driver.completeResponse("kpatel", ref);
        Map<String, Object> assessment = Map.of("objectives", List.of(Map.of("afterFigure", 12, "afterFrom", "2027-01-01",
                        "afterTo", "2027-03-31")), "assessmentOutcome", "PARTLY_MET", "impact", "REDUCED_HARM",
                "causedByResponse", "Partly: a new bin helped more than the warnings.", "displacementPlaces", true,
                "lessonsLearnt", "Ask the council for bins before handing out warnings: it was the bins that worked.");
        ResponseEntity<String> drafted = put("kpatel", "/api/pmps/" + ref + "/assessment",
                Map.of("version", version("kpatel", ref), "assessment", assessment));
        assertThat(drafted.getStatusCode()).as(drafted.getBody()).isEqualTo(HttpStatus.OK);
        assertThat((String) JsonPath.read(drafted.getBody(), "$.stage")).isEqualTo("ASSESSMENT");
        assertThat((String) JsonPath.read(drafted.getBody(), "$.assessment.impact")).isEqualTo("REDUCED_HARM");
        assertThat(formVariable("kpatel", ref, "Task_Assessment", "impact")).isEqualTo("REDUCED_HARM");
        assertThat(formVariable("kpatel", ref, "Task_Assessment", "displacementPlaces")).isEqualTo(true);
        ResponseEntity<String> emptyEntry = put("kpatel", "/api/pmps/" + ref + "/assessment",
                "{\"version\": " + version("kpatel", ref) + ", \"assessment\": {\"objectives\": [null]}}");
        assertThat(emptyEntry.getStatusCode()).as(emptyEntry.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(emptyEntry.getBody(), "$.errors[*].field")).contains("assessment.objectives[0]");
        ResponseEntity<String> bad = put("kpatel", "/api/pmps/" + ref + "/assessment",
                Map.of("version", version("kpatel", ref), "assessment", Map.of("impact", "REDUCED")));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((List<String>) JsonPath.read(bad.getBody(), "$.errors[*].field")).contains("assessment.assessmentOutcome",
                "assessment.lessonsLearnt");
    }

    /** A value of the open task's form as Tasklist gets it: the engine's form variables, through the REST API. */
    private Object formVariable(String user, String reference, String taskKey, String name) {
        String taskId = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey(taskKey).singleResult().getId();
        String form = as(user).getForObject("/engine-rest/task/" + taskId + "/form-variables", String.class);
        return JsonPath.read(form, "$." + name + ".value");
    }
}
