package org.problemsolvinghub.pmp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.problemsolvinghub.system.InvalidInputException;
import org.problemsolvinghub.system.InvalidInputException.FieldProblem;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Checks a plan against what a good PMP shows and says, in words an officer acts on, what is missing.
 * The findings are stored on the plan whenever it changes (not worked out on every read); the owner sees
 * them in each form, the supervisor at triage, review and sign-off, and clients at
 * {@code GET /api/pmps/{ref}/quality}.
 */
@Component
@EnableConfigurationProperties(QualityChecks.Policy.class)
public class QualityChecks {

    /** Which checks stop a plan moving on; every other check only warns. */
    @ConfigurationProperties("hub.pmp.quality")
    public record Policy(Set<QualityCheck> blocking) {
        public Policy {
            blocking = blocking == null ? EnumSet.noneOf(QualityCheck.class) : EnumSet.copyOf(blocking);
        }
    }

    private static final List<PmpStage> ORDER = List.of(PmpStage.TRIAGE, PmpStage.ANALYSIS, PmpStage.OBJECTIVES,
            PmpStage.RESPONSE, PmpStage.ASSESSMENT, PmpStage.SIGN_OFF, PmpStage.CLOSED);

    private final Policy policy;

    QualityChecks(Policy policy) {
        this.policy = policy;
    }

    /** What the plan lacks for the checks that apply at the given stage. */
    List<QualityFinding> findings(Pmp plan, PmpStage asOf) {
        int reached = ORDER.indexOf(asOf);
        List<QualityFinding> findings = new ArrayList<>();
        for (QualityCheck check : QualityCheck.values()) {
            if (reached >= 0 && ORDER.indexOf(check.from()) <= reached) {
                messages(check, plan).forEach(m -> findings.add(new QualityFinding(check, policy.blocking().contains(check), m)));
            }
        }
        return findings;
    }

    /** Refuses to move the plan on to {@code next} while a blocking check fails; the form shows why. */
    void requireReady(Pmp plan, PmpStage next) {
        List<FieldProblem> blocking = findings(plan, next).stream().filter(QualityFinding::blocking)
                .map(f -> new FieldProblem(f.field(), f.message())).toList();
        if (!blocking.isEmpty()) {
            throw new InvalidInputException(blocking);
        }
    }

    /** Works out and stores the findings for where the plan now stands. */
    void refresh(Pmp plan) {
        plan.storeQualityFindings(findings(plan, plan.getStage()).stream()
                .map(f -> f.check() + "|" + (f.blocking() ? "BLOCKING" : "WARNING") + "|" + f.message())
                .collect(Collectors.joining("\n")));
    }

    /** The stored findings, read back. */
    static List<QualityFinding> stored(Pmp plan) {
        if (plan.getQualityFindings() == null || plan.getQualityFindings().isBlank()) {
            return List.of();
        }
        return plan.getQualityFindings().lines().map(line -> line.split("\\|", 3))
                .map(p -> new QualityFinding(QualityCheck.valueOf(p[0]), "BLOCKING".equals(p[1]), p[2])).toList();
    }

    /** The stored findings as a short text for a form. */
    static String report(Pmp plan) {
        List<QualityFinding> findings = stored(plan);
        if (findings.isEmpty()) {
            return "Nothing missing so far: the plan shows what a good PMP shows at this stage.";
        }
        return findings.stream().map(f -> (f.blocking() ? "Must fix: " : "Should fix: ") + f.message())
                .collect(Collectors.joining("\n"));
    }

    private static List<String> messages(QualityCheck check, Pmp plan) {
        Analysis analysis = plan.getAnalysis();
        Assessment assessment = plan.getAssessment();
        List<String> out = new ArrayList<>();
        switch (check) {
            case SCANNING_SOURCES -> {
                if (plan.getEvidence().size() < 2) {
                    out.add("Scanning rests on " + plan.getEvidence().size() + " source; a good PMP uses at least two"
                            + " (for example incident data and a PACT or partner report).");
                }
            }
            case ANALYSIS_TRIANGLE -> {
                if (analysis == null || blank(analysis.getVictimTarget())) out.add("The analysis does not cover the victim side of the triangle.");
                if (analysis == null || blank(analysis.getOffender())) out.add("The analysis does not cover the offender side of the triangle.");
                if (analysis == null || blank(analysis.getLocation())) out.add("The analysis does not cover the location side of the triangle.");
            }
            case HYPOTHESIS -> {
                if (analysis == null || blank(analysis.getHypothesis())) out.add("No hypothesis before the response.");
            }
            case OBJECTIVES_SET -> {
                if (plan.getObjectives().isEmpty()) out.add("No objectives: set at least one, with a measure, a baseline, a target and a date.");
            }
            case OBJECTIVE_TARGET_AFTER_BASELINE -> plan.getObjectives().stream()
                    .filter(o -> !o.getTargetDate().isAfter(o.getBaselineTo()))
                    .forEach(o -> out.add("Objective " + o.getPosition() + " has a target date before its baseline ends."));
            case ACTIONS_SET -> {
                if (plan.getActions().isEmpty()) out.add("No actions in the response.");
            }
            case ENFORCEMENT_ONLY -> {
                if (!plan.getActions().isEmpty() && plan.getActions().stream().allMatch(a -> a.getTactic() == Tactic.ENFORCEMENT)) {
                    out.add("Only enforcement tactics: enforcement alone is not a plan.");
                }
            }
            case ACTIONS_FINISHED -> plan.getActions().stream().filter(a -> a.getStatus() == ActionStatus.OPEN)
                    .forEach(a -> out.add("Action " + a.reference() + " is still open."));
            case AFTER_FIGURES -> plan.getObjectives().stream().filter(o -> o.getAfterFigure() == null)
                    .forEach(o -> out.add("Objective " + o.getPosition() + " has no figure after the response."));
            case EQUAL_PERIODS -> plan.getObjectives().stream()
                    .filter(o -> o.afterDays() != null && o.afterDays() != o.baselineDays())
                    .forEach(o -> out.add("Objective " + o.getPosition() + ": the period after (" + o.afterDays()
                            + " days) is not as long as the baseline's (" + o.baselineDays() + " days)."));
            case CAUSATION -> {
                if (assessment == null || blank(assessment.getCausedByResponse())) out.add("The assessment does not say whether the response caused the change.");
            }
            case DISPLACEMENT -> {
                if (assessment == null || !assessment.displacementChecked()) out.add("Displacement not checked (to nearby places, times or crimes).");
            }
            case LESSON -> {
                if (assessment == null || blank(assessment.getLessonsLearnt()) || assessment.getLessonsLearnt().length() < 30) {
                    out.add("No lesson learnt written so that a stranger could reuse it.");
                }
            }
        }
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
