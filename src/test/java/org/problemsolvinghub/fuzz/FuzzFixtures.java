package org.problemsolvinghub.fuzz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.problemsolvinghub.pmp.PlanDriver;
import org.problemsolvinghub.pmp.PmpService;
import org.problemsolvinghub.pmp.ProblemType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The fuzzer's own people and records, so that what it spoils is its own and not the demo force's: users
 * in each role (with a password of their own), plans at each stage, and the hub's reference data for the
 * fields a type cannot fill (an area and a ward of it, a response team and its line manager, an intake).
 * A path variable without a fixture is read from its collection: {@code /x/{ref}} takes the first item of
 * {@code GET /x}, so a new endpoint is fuzzed with a real reference without editing this class.
 */
public final class FuzzFixtures implements ValidValues.Hints {

    public static final String PASSWORD = "fuzz-password-1";
    public static final String OFFICER = "fuzz-officer";
    public static final String SUPERVISOR = "fuzz-supervisor";
    public static final String ADVISOR = "fuzz-advisor";
    public static final String CONTACT_MANAGER = "fuzz-pcm";
    public static final String RESPONSE_SUPERVISOR = "fuzz-rsup";
    public static final String TRAINER = "fuzz-trainer";

    /** Who tries each endpoint first; then everyone in turn until one is let in. */
    public static final List<String> USERS = List.of(OFFICER, SUPERVISOR, ADVISOR, CONTACT_MANAGER, RESPONSE_SUPERVISOR,
            TRAINER);

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ProcessEngine engine;
    private final PlanDriver driver;
    private final HubClient client;
    private final Map<String, String> plans = new LinkedHashMap<>();
    private int journeys;

    public FuzzFixtures(ProcessEngine engine, PmpService pmps, HubClient client) {
        this.engine = engine;
        this.driver = new PlanDriver(engine, pmps);
        this.client = client;
    }

    public void createUsers() {
        user(OFFICER, "officers", "officers-coventry");
        user(SUPERVISOR, "supervisors", "supervisors-coventry");
        user(ADVISOR, "ps-advisors");
        user(CONTACT_MANAGER, "public-contact-managers");
        user(RESPONSE_SUPERVISOR, "response-supervisors", "response-supervisors-coventry-response-a");
        user(TRAINER, "call-handling-trainers");
    }

    private void user(String id, String... groups) {
        IdentityService identity = engine.getIdentityService();
        if (identity.createUserQuery().userId(id).count() > 0) {
            return;
        }
        User user = identity.newUser(id);
        user.setFirstName("Fuzz");
        user.setLastName(id);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        for (String group : groups) {
            identity.createMembership(id, group);
        }
    }

    /** Plans of the fuzzer's officer at each stage an edit needs: analysis, objectives, response, assessment, closed. */
    public void createPlans() {
        plans.put("analysis", planUpTo("analysis"));
        plans.put("objectives", planUpTo("objectives"));
        plans.put("response", planUpTo("response"));
        plans.put("assessment", planUpTo("assessment"));
        plans.put("closed", planUpTo("closed"));
    }

    /** The stages a fixture plan can be left at, in the order the SARA cycle reaches them. */
    public static final List<String> STAGES = List.of("raised", "analysis", "objectives", "actionplan", "response",
            "actionsdone", "assessment", "signoff", "closed");

    /** A new plan of the fuzzer's officer, driven through the engine as Tasklist would, up to {@code stage}. */
    public String planUpTo(String stage) {
        int last = STAGES.indexOf(stage);
        String ref = driver.raise(OFFICER, "coventry", "Foleshill", ProblemType.ANTISOCIAL_BEHAVIOUR,
                "Fuzz plan in " + stage).getBusinessKey();
        for (int step = 1; step <= last; step++) {
            switch (STAGES.get(step)) {
                case "analysis" -> driver.adopt(SUPERVISOR, ref, OFFICER);
                case "objectives" -> driver.analyse(OFFICER, ref);
                case "actionplan" -> driver.setObjectives(OFFICER, ref);
                case "response" -> driver.planResponse(OFFICER, ref, OFFICER, "coventry-council-asb");
                case "actionsdone" -> {
                    driver.finishAction("hmorris", ref + "-A01");
                    driver.finishAction(OFFICER, ref + "-A02");
                }
                case "assessment" -> driver.completeResponse(OFFICER, ref);
                case "signoff" -> driver.assess(OFFICER, ref);
                case "closed" -> driver.signOff(SUPERVISOR, ref, "CLOSE", null);
                default -> throw new IllegalArgumentException(stage);
            }
        }
        return ref;
    }

    /** An officer of the fuzzer's own with no application yet (one open application per officer). */
    public String newOfficer(int n) {
        String id = "fuzz-officer-" + n;
        user(id, "officers", "officers-coventry");
        return id;
    }

    public PlanDriver driver() {
        return driver;
    }

    /** The users to try, this endpoint's likely one first. */
    public List<String> actors(ApiEndpoint endpoint) {
        String p = endpoint.pattern();
        List<String> first = new ArrayList<>();
        if (p.startsWith("/api/rotations/intakes") || p.contains("/extension") || p.contains("/early-end")
                || p.contains("/waiting-position") || p.equals("/api/rotations/scheme") || p.equals("/api/rotations/bank")) {
            first.add(CONTACT_MANAGER);
        } else if (p.equals("/api/rotations/nominations")) {
            first.add(RESPONSE_SUPERVISOR);
        } else if (p.startsWith("/api/learning/webinars") || p.startsWith("/api/learning/journeys") && endpoint.method().equals("POST")) {
            first.add(ADVISOR);
        } else if (p.startsWith("/api/learning/teams") || p.endsWith("/enrolments") || p.endsWith("/owner") || p.endsWith("/area")) {
            first.add(SUPERVISOR);
        }
        List<String> all = new ArrayList<>(first);
        USERS.stream().filter(u -> !all.contains(u)).forEach(all::add);
        return all;
    }

    /** A real value for a path variable: a fixture, or the first item of the collection above it. */
    public String pathValue(ApiEndpoint endpoint, String name, String actor) {
        String p = endpoint.pattern();
        if (p.startsWith("/api/pmps/{reference}")) {
            return plans.get(planStage(p));
        }
        switch (name) {
            case "day", "position":
                return "1";
            case "userId":
                return "fuzz-officer";
            case "team":
                return "coventry-npt-north";
            default:
        }
        if (p.startsWith("/api/rotations/{reference}")) {
            String status = p.endsWith("/waiting-position") ? "WAITING" : p.endsWith("/extension") || p.endsWith("/early-end")
                    ? "ON_ROTATION" : "CONVERSATION";
            return first("/api/rotations?status=" + status + "&limit=1", "reference", CONTACT_MANAGER).orElse("ROT-2026-0001");
        }
        String collection = p.substring(0, p.indexOf("/{" + name + "}"));
        if (collection.endsWith("/enrolments")) {
            return first("/api/learning/journeys/connect/progress", "enrolments", ADVISOR)
                    .orElseGet(() -> first("/api/learning/journeys/connect/progress", "reference", ADVISOR).orElse("JRN-2026-0001"));
        }
        for (String field : List.of(name, "reference", "code", "id")) {
            Optional<String> found = first(collection, field, actor);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return "unknown";
    }

    private static String planStage(String pattern) {
        if (pattern.endsWith("/objectives")) return "objectives";
        if (pattern.endsWith("/actions")) return "response";
        if (pattern.endsWith("/assessment")) return "assessment";
        if (pattern.endsWith("/practice-bank")) return "closed";
        return "analysis";
    }

    /** The first value of {@code field} anywhere in the JSON that {@code GET path} answers. */
    private Optional<String> first(String path, String field, String user) {
        HubClient.Answer answer = client.send(user, PASSWORD, new FuzzRequest("GET", path.replaceAll("\\?.*", ""),
                path.contains("?") ? path.substring(path.indexOf('?') + 1) : "", null, null, null, null));
        if (answer.status() != 200) {
            return Optional.empty();
        }
        try {
            JsonNode found = MAPPER.readTree(answer.body()).findValue(field);
            if (found != null && found.isArray() && !found.isEmpty()) {
                found = found.get(0).isObject() ? found.get(0).findValue("reference") : found.get(0);
            }
            return found == null || !found.isValueNode() ? Optional.empty() : Optional.of(found.asText());
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<JsonNode> value(String endpoint, String field, Kind kind) {
        LocalDate today = LocalDate.now();
        boolean rotations = endpoint.contains("/api/rotations");
        String text = switch (field) {
            case "area" -> "coventry";
            case "ward" -> "Foleshill";
            case "owner", "actionOfficer", "officer" -> field.equals("officer") ? "bscott" : OFFICER;
            case "actionAgency" -> "coventry-council-asb";
            case "team" -> rotations ? "coventry-response-a" : "coventry-npt-north";
            case "lineManager" -> "dwhite";
            case "firstSessionOn" -> today.plusDays(60).toString();
            case "heldOn" -> today.minusDays(100).toString();
            case "startsOn" -> rotations ? today.plusMonths(9).withDayOfMonth(1).toString() : today.plusDays(1).toString();
            case "startTime" -> "10:00";
            case "recordingLink", "slidesLink" -> "https://example.org/fuzz";
            case "endReason" -> "WELLBEING";
            case "lastDay" -> today.plusDays(20).toString();
            case "code" -> "fuzz-journey-" + (++journeys);
            case "template", "kind", "tactic", "problemType", "impact", "priority", "owner2" -> null;
            case "invitedAgencies" -> "coventry-council-asb";
            case "q" -> "park lighting";
            default -> null;
        };
        if (field.equals("intake")) {
            text = intake();
        }
        if (field.equals("ownerType")) {
            text = "OFFICER";
        }
        if (field.equals("version")) {
            return Optional.of(JSON.numberNode(0));
        }
        if (field.equals("template") || field.equals("kind") || field.equals("tactic") && kind == Kind.STRING
                || field.equals("problemType") && kind == Kind.STRING || field.equals("impact") && kind == Kind.STRING
                || field.equals("priority") || field.equals("owner") && endpoint.startsWith("GET /api/pmps")
                || field.equals("stage") && endpoint.startsWith("GET") || field.equals("overdue") || field.equals("status")
                && kind == Kind.ENUM && endpoint.contains("/sessions")) {
            return Optional.of(JSON.nullNode());
        }
        return text == null ? Optional.empty() : Optional.of(JSON.textNode(text));
    }

    private String intake() {
        HubClient.Answer answer = client.send(OFFICER, PASSWORD, new FuzzRequest("GET", "/api/rotations/intakes", "", null,
                null, null, null));
        try {
            JsonNode intakes = MAPPER.readTree(answer.body());
            return intakes.isArray() && !intakes.isEmpty() ? intakes.get(intakes.size() - 1).asText() : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** The plan's version as it is now, so that an edit is refused for its content, not for being stale. */
    public BaseRequest fresh(BaseRequest base) {
        if (base.body() == null || !base.body().has("version") || !base.pathVariables().containsKey("reference")
                || !base.endpoint().pattern().startsWith("/api/pmps/")) {
            return base;
        }
        HubClient.Answer plan = client.send(base.actor(), PASSWORD, new FuzzRequest("GET",
                "/api/pmps/" + base.pathVariables().get("reference"), "", null, null, null, null));
        try {
            long version = MAPPER.readTree(plan.body()).get("version").asLong();
            JsonNode body = base.body().deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) body).put("version", version);
            return new BaseRequest(base.endpoint(), base.actor(), base.pathVariables(), base.params(), body, base.shapes());
        } catch (Exception e) {
            return base;
        }
    }
}
