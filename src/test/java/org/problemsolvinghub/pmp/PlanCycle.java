package org.problemsolvinghub.pmp;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * The nine task completions that take a plan from triage to closure, as Tasklist submits them: seven
 * stage tasks of the plan and the two action tasks its response allocates (one to a partner agency, one
 * to the owner). Each step's answers are written once and given to the hub as the REST API's JSON and to
 * the bare engine as the same typed variables, so both sides store the same values: the bare engine as
 * process variables, the hub in the plan's tables (its engine keeps the owner as a variable and records the
 * form's submission in its history: system.TransientFormAnswers). Used by the
 * benchmark (bench.ThroughputBenchmark) and by {@link CompletionStatementBudgetTest}.
 */
public final class PlanCycle {

    /** Who completes a step in the hub, and which group or role holds it (for the bare engine's copy). */
    public enum Holder {
        SUPERVISOR("ljones"), OFFICER("kpatel"), PARTNER("hmorris");

        public final String hubUser;

        Holder(String hubUser) {
            this.hubUser = hubUser;
        }
    }

    /** One answer: a name, Camunda's REST type name and the value as the form sends it. */
    public record Field(String name, String type, Object value) {

        public String json() {
            String v = switch (type) {
                case "String", "Json" -> '"' + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + '"';
                default -> value.toString();
            };
            return "\"" + name + "\": {\"value\": " + v + ", \"type\": \"" + type + "\"}";
        }
    }

    /** A step: the task's definition key, the business key suffix of its process ("" or "-A01"), its holder. */
    public record Step(String taskKey, String keySuffix, Holder holder, List<Field> fields) {

        public String restBody() {
            return "{\"variables\": {" + fields.stream().map(Field::json).collect(Collectors.joining(", ")) + "}}";
        }

        public VariableMap variables() {
            VariableMap map = Variables.createVariables();
            for (Field f : fields) {
                switch (f.type()) {
                    case "String" -> map.putValueTyped(f.name(), Variables.stringValue((String) f.value()));
                    case "Boolean" -> map.putValueTyped(f.name(), Variables.booleanValue((Boolean) f.value()));
                    case "Integer" -> map.putValueTyped(f.name(), Variables.integerValue((Integer) f.value()));
                    case "Json" -> map.putValueTyped(f.name(), SpinValues.jsonValue((String) f.value()).create());
                    default -> throw new IllegalArgumentException(f.type());
                }
            }
            return map;
        }

        public String label() {
            return keySuffix.isEmpty() ? taskKey : taskKey + keySuffix;
        }
    }

    public static final List<Step> STEPS = steps();

    private PlanCycle() {
    }

    /** Variables per completion, over the whole cycle (the bare engine submits the same). */
    public static double variablesPerCompletion() {
        return STEPS.stream().mapToInt(s -> s.fields().size()).average().orElse(0);
    }

    private static Field s(String name, String value) {
        return new Field(name, "String", value);
    }

    private static Field b(String name, boolean value) {
        return new Field(name, "Boolean", value);
    }

    private static List<Step> steps() {
        String due = LocalDate.now().plusDays(20).toString();
        String later = LocalDate.now().plusDays(27).toString();
        return List.of(
                new Step("Task_Triage", "", Holder.SUPERVISOR, List.of(b("cheersCommunity", true), b("cheersHarm", true),
                        b("cheersRecurring", true), s("harm", "MODERATE"), s("frequency", "PERSISTENT"),
                        s("triageOutcome", "ADOPT"), s("owner", "kpatel"))),
                new Step("Task_Analysis", "", Holder.OFFICER, List.of(s("victimTarget", "Residents of the flats"),
                        s("offender", "Non-residents gathering at night"), s("location", "Unlocked stairwells"),
                        s("dataSources", "Calls for service, housing logs"),
                        s("hypothesis", "A broken door entry lets outsiders use the stairwells"), b("askAnalyst", false))),
                new Step("Task_Objectives", "", Holder.OFFICER, List.of(new Field("objectives", "Json", """
                        [{"measure":"Calls about the flats","baselineFigure":25,"baselineFrom":"2026-06-01",\
                        "baselineTo":"2026-08-31","target":8,"targetDate":"2027-09-30"}]"""))),
                new Step("Task_ActionPlan", "", Holder.OFFICER, List.of(new Field("actions", "Json", """
                        [{"tactic":"TARGET_HARDENING","triangleSide":"LOCATION","description":"Repair the door entry system",\
                        "ownerType":"PARTNER","actionAgency":"coventry-council-asb","dueDate":"%s"},\
                        {"tactic":"DIVERSION_SUPPORT","triangleSide":"OFFENDER","description":"Youth workers meet the group",\
                        "ownerType":"OFFICER","actionOfficer":"kpatel","dueDate":"%s"}]""".formatted(due, later)))),
                new Step("Task_Action", "-A01", Holder.PARTNER, List.of(s("actionOutcome", "DONE"),
                        s("actionNotes", "New door entry fitted."))),
                new Step("Task_Action", "-A02", Holder.OFFICER, List.of(s("actionOutcome", "DONE"),
                        s("actionNotes", "Met the group twice with the youth workers."))),
                new Step("Task_Response", "", Holder.OFFICER, List.of(b("responseComplete", true),
                        s("responseNotes", "Both actions done."))),
                new Step("Task_Assessment", "", Holder.OFFICER, List.of(new Field("objectives", "Json",
                                "[{\"afterFigure\":5,\"afterFrom\":\"2027-06-01\",\"afterTo\":\"2027-08-31\"}]"),
                        s("assessmentOutcome", "MET"), s("impact", "REDUCED"), new Field("impactFigure", "Integer", 80),
                        s("causedByResponse", "Calls fell the week the door was fixed; nothing else changed."),
                        b("displacementPlaces", true),
                        s("lessonsLearnt", "Fix the door entry first: it did more than any patrol plan had."))),
                new Step("Task_SignOff", "", Holder.SUPERVISOR, List.of(s("signOffDecision", "CLOSE"),
                        s("signOffComment", "Well evidenced."))));
    }
}
