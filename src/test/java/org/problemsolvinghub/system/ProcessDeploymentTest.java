package org.problemsolvinghub.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.problemsolvinghub.organisation.Area;
import org.problemsolvinghub.organisation.AreaRepository;
import org.problemsolvinghub.organisation.Ward;
import org.problemsolvinghub.organisation.WardRepository;
import org.problemsolvinghub.pmp.Tactic;
import org.problemsolvinghub.pmp.TriangleSide;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Everything under processes/ is deployed, complete and readable, with its history kept as configured. */
class ProcessDeploymentTest extends HubTest {

    private static final Path PROCESSES = Paths.get("processes");

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    AreaRepository areas;

    @Autowired
    WardRepository wards;

    @Value("${hub.history-time-to-live}")
    String historyTimeToLive;

    private static List<Path> files(String extension) throws IOException {
        try (Stream<Path> walk = Files.walk(PROCESSES)) {
            return walk.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    private Set<String> deployedResourceNames() {
        Set<String> names = new HashSet<>();
        repositoryService.createDeploymentQuery().list().forEach(d -> repositoryService.getDeploymentResources(d.getId())
                .stream().map(Resource::getName).map(n -> n.replace('\\', '/')).forEach(names::add));
        return names;
    }

    @Test
    void everyBpmnDmnAndFormFileUnderProcessesIsDeployed() throws IOException {
        Set<String> deployed = deployedResourceNames();
        List<Path> all = Stream.of(files(".bpmn"), files(".dmn"), files(".form")).flatMap(List::stream).toList();
        assertThat(files(".form")).isNotEmpty();
        for (Path file : all) {
            String suffix = "processes/" + PROCESSES.relativize(file).toString().replace('\\', '/');
            assertThat(deployed).as(suffix).anyMatch(name -> name.endsWith(suffix));
        }
    }

    @Test
    void everyProcessAndDecisionKeepsItsHistoryForTheConfiguredTime() throws IOException {
        int days = (int) Duration.parse(historyTimeToLive).toDays();
        assertThat(repositoryService.createProcessDefinitionQuery().list()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(days));
        assertThat(repositoryService.createDecisionDefinitionQuery().list()).isNotEmpty()
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(days));
        for (Path file : Stream.concat(files(".bpmn").stream(), files(".dmn").stream()).toList()) {
            assertThat(Files.readString(file)).as(file + " sets its own history time to live")
                    .doesNotContain("historyTimeToLive");
        }
    }

    @Test
    void everyProcessIsExecutableDrawnInFullAndHasAFormOnEveryUserTask() throws IOException {
        Set<String> formIds = new HashSet<>();
        for (Path form : files(".form")) {
            JsonNode json = new ObjectMapper().readTree(form.toFile());
            assertThat(json.path("id").asText()).as(form + " has a form id").isNotBlank();
            assertThat(json.path("components").size()).as(form + " has fields").isPositive();
            formIds.add(json.path("id").asText());
        }
        for (Path file : files(".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
            Bpmn.validateModel(model);
            model.getModelElementsByType(Process.class).forEach(p -> assertThat(p.isExecutable()).as(p.getId()).isTrue());

            Set<String> drawn = Stream.concat(
                    model.getModelElementsByType(BpmnShape.class).stream().map(s -> s.getBpmnElement().getId()),
                    model.getModelElementsByType(BpmnEdge.class).stream().map(e -> e.getBpmnElement().getId()))
                    .collect(Collectors.toSet());
            model.getModelElementsByType(FlowNode.class)
                    .forEach(n -> assertThat(drawn).as(file + ": shape of " + n.getId()).contains(n.getId()));
            model.getModelElementsByType(SequenceFlow.class)
                    .forEach(f -> assertThat(drawn).as(file + ": edge of " + f.getId()).contains(f.getId()));

            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                assertThat(task.getCamundaFormRef()).as(file + ": form of " + task.getId()).isNotBlank();
                // The name is the diagram's label: an expression belongs in the taskName property (TaskNames).
                assertThat(task.getName()).as(file + ": label of " + task.getId()).isNotBlank().doesNotContain("${", "#{");
                assertThat(formIds).as(file + ": form " + task.getCamundaFormRef()).contains(task.getCamundaFormRef());
            }
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    assertThat(formIds).contains(start.getCamundaFormRef());
                }
            }
        }
    }

    @Test
    void everyDecisionIsDrawn() throws IOException {
        for (Path file : files(".dmn")) {
            String xml = Files.readString(file);
            Matcher decisions = Pattern.compile("<decision\\s[^>]*id=\"([^\"]+)\"").matcher(xml);
            int count = 0;
            while (decisions.find()) {
                count++;
                assertThat(xml).as(file + ": shape of " + decisions.group(1))
                        .containsPattern("DMNShape[^>]*dmnElementRef=\"" + Pattern.quote(decisions.group(1)) + "\"");
            }
            assertThat(count).as(file.toString()).isPositive();
        }
    }

    /** The raise form lists each area's wards (a FEEL expression on the area chosen): the same as the hub's. */
    @Test
    void theRaiseFormOffersEachAreasWards() throws IOException {
        JsonNode form = new ObjectMapper().readTree(PROCESSES.resolve("pmp/pmp-raise.form").toFile());
        String expression = null;
        for (JsonNode field : form.path("components")) {
            if ("ward".equals(field.path("key").asText())) {
                expression = field.path("valuesExpression").asText();
            }
        }
        assertThat(expression).as("the ward's options").isNotBlank();
        Matcher areaWards = Pattern.compile("([a-z]+): \\[([^\\]]*)\\]").matcher(expression);
        Set<String> listed = new HashSet<>();
        while (areaWards.find()) {
            String area = areaWards.group(1);
            listed.add(area);
            List<String> inForm = Pattern.compile("\"([^\"]*)\"").matcher(areaWards.group(2)).results()
                    .map(m -> m.group(1)).sorted().toList();
            assertThat(inForm).as("wards of " + area).isEqualTo(
                    wards.findByAreaCodeOrderByName(area).stream().map(Ward::getName).sorted().toList());
        }
        assertThat(listed).isEqualTo(areas.findAll().stream().map(Area::getCode).collect(Collectors.toSet()));
    }

    /**
     * An action's brief (its forms' read-only text) names its tactic and side of the triangle as the action
     * plan form offered them: the enums' labels and the form's options are the same words.
     */
    @Test
    void theActionPlanFormOffersTacticsAndSidesInTheBriefsWords() throws IOException {
        JsonNode form = new ObjectMapper().readTree(PROCESSES.resolve("pmp/pmp-action-plan.form").toFile());
        assertThat(options(form, "tactic")).isEqualTo(Stream.of(Tactic.values())
                .collect(Collectors.toMap(Tactic::name, Tactic::label)));
        assertThat(options(form, "triangleSide")).isEqualTo(Stream.of(TriangleSide.values())
                .collect(Collectors.toMap(TriangleSide::name, TriangleSide::label)));
    }

    /** Value to label of the select with this key, wherever it sits in the form. */
    private static Map<String, String> options(JsonNode form, String key) {
        Map<String, String> options = new HashMap<>();
        form.findParents("key").stream().filter(field -> key.equals(field.path("key").asText()))
                .forEach(field -> field.path("values").forEach(v -> options.put(v.path("value").asText(), v.path("label").asText())));
        assertThat(options).as("options of " + key).isNotEmpty();
        return options;
    }
}
