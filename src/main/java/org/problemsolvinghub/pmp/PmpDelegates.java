package org.problemsolvinghub.pmp;

import org.problemsolvinghub.system.FormValues;
import org.problemsolvinghub.system.FormErrors;
import static org.problemsolvinghub.system.FormValues.choice;
import static org.problemsolvinghub.system.FormValues.flag;
import static org.problemsolvinghub.system.FormValues.list;
import static org.problemsolvinghub.system.FormValues.text;

import java.math.BigDecimal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.system.InvalidInputException;
import org.problemsolvinghub.system.TransientFormAnswers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the plan's BPMN meets the domain: one bean per {@code camunda:delegateExpression}, each reading
 * the form it follows and handing it to {@link PmpLifecycle} or {@link PmpActions}. A rule broken there
 * rolls the step back and shows on the form ({@link FormErrors}).
 */
@Configuration
class PmpDelegates {

    /** A step that records a form; bad input keeps the task open with the message on the form. */
    private static JavaDelegate formStep(JavaDelegate step) {
        return execution -> {
            try {
                step.execute(execution);
            } catch (InvalidInputException e) {
                throw FormErrors.of(e);
            }
        };
    }

    private static String plan(DelegateExecution execution) {
        return execution.getProcessBusinessKey();
    }

    /** "Register the plan": saves the raised problem and makes its reference the business key. */
    @Bean
    JavaDelegate registerPmp(PmpService pmps) {
        return formStep(ex -> {
            RaisePmpRequest raised = new RaisePmpRequest(text(ex, "area"), text(ex, "ward"),
                    choice(ex, "source", PmpSource.class), choice(ex, "problemType", ProblemType.class),
                    text(ex, "title"), text(ex, "problemStatement"), RaisePmpRequest.evidenceLines(text(ex, "evidence")));
            String reference = pmps.register(raised, text(ex, "raisedBy"), ex.getProcessInstanceId());
            ex.setProcessBusinessKey(reference);
        });
    }

    /**
     * "Record the triage decision", with the priority the DMN table gave. It runs in the transaction that
     * completes the triage task, so a bad decision (an owner from another area, a duplicate of nothing)
     * keeps the task open with the message on the form.
     */
    @Bean
    JavaDelegate recordTriage(PmpService pmps) {
        return formStep(ex -> pmps.recordTriage(plan(ex), new TriageDecision(
                flag(ex, "cheersCommunity"), flag(ex, "cheersHarm"), flag(ex, "cheersExpectation"),
                flag(ex, "cheersEvents"), flag(ex, "cheersRecurring"), flag(ex, "cheersSimilarity"),
                text(ex, "harm"), text(ex, "frequency"), choice(ex, "triageOutcome", TriageOutcome.class),
                text(ex, "owner"), text(ex, "triageReason"), text(ex, "duplicateOf"), text(ex, "partnerAgency"),
                text(ex, "triageNotes")), text(ex, "priority")));
    }

    @Bean
    JavaDelegate recordPartnerResponse(PmpService pmps) {
        return formStep(ex -> pmps.recordPartnerResponse(plan(ex), text(ex, "partnerResponse")));
    }

    @Bean
    JavaDelegate recordAnalysis(PmpLifecycle lifecycle) {
        return formStep(ex -> {
            lifecycle.recordAnalysis(plan(ex), new Analysis(text(ex, "victimTarget"),
                    text(ex, "guardian"), text(ex, "offender"), text(ex, "handler"), text(ex, "location"),
                    text(ex, "placeManager"), text(ex, "dataSources"), text(ex, "hypothesis"),
                    text(ex, "underlyingCauses")), flag(ex, "askAnalyst"), text(ex, "analystQuestion"));
            // The gateway routes on it: an unticked (or absent) box is a plain false.
            TransientFormAnswers.setAnswer(ex, "askAnalyst", flag(ex, "askAnalyst"));
        });
    }

    @Bean
    JavaDelegate recordAnalystAnswer(PmpLifecycle lifecycle) {
        return formStep(ex -> {
            lifecycle.recordAnalystAnswer(plan(ex), text(ex, "analystAnswer"));
            // Back to the owner, who decides whether to ask again.
            TransientFormAnswers.setAnswer(ex, "askAnalyst", false);
        });
    }

    @Bean
    JavaDelegate recordObjectives(PmpLifecycle lifecycle) {
        return formStep(ex -> lifecycle.recordObjectives(plan(ex), list(ex, "objectives", ObjectiveInput.class)));
    }

    @Bean
    JavaDelegate recordActionPlan(PmpLifecycle lifecycle) {
        return formStep(ex -> {
            lifecycle.recordActionPlan(plan(ex), list(ex, "actions", ActionInput.class));
            // The actions now live in the hub's tables and their own processes.
            ex.removeVariable("actions");
        });
    }

    @Bean
    JavaDelegate recordResponse(PmpLifecycle lifecycle) {
        return formStep(ex -> {
            lifecycle.recordResponse(plan(ex), list(ex, "newActions", ActionInput.class), flag(ex, "responseComplete"),
                    text(ex, "responseNotes"));
            ex.removeVariable("newActions");
            TransientFormAnswers.setAnswer(ex, "responseComplete", flag(ex, "responseComplete"));
        });
    }

    @Bean
    JavaDelegate recordAssessment(PmpLifecycle lifecycle) {
        return formStep(ex -> lifecycle.recordAssessment(plan(ex), new AssessmentInput(
                list(ex, "objectives", AssessmentInput.ObjectiveResult.class),
                choice(ex, "assessmentOutcome", AssessmentOutcome.class), choice(ex, "impact", Impact.class),
                number(ex, "impactFigure"), text(ex, "causedByResponse"), flag(ex, "displacementPlaces"),
                flag(ex, "displacementTimes"), flag(ex, "displacementCrimes"), text(ex, "displacementFindings"),
                text(ex, "lessonsLearnt"))));
    }

    @Bean
    JavaDelegate recordSignOff(PmpLifecycle lifecycle) {
        return formStep(ex -> lifecycle.recordSignOff(plan(ex), choice(ex, "signOffDecision", SignOffDecision.class),
                text(ex, "signOffComment")));
    }

    @Bean
    JavaDelegate publishPmp(PmpLifecycle lifecycle) {
        return ex -> lifecycle.publish(plan(ex));
    }

    @Bean
    JavaDelegate recordReview(PmpLifecycle lifecycle) {
        return formStep(ex -> lifecycle.recordReview(plan(ex), choice(ex, "reviewOutcome", ReviewOutcome.class),
                text(ex, "reviewComment")));
    }

    @Bean
    JavaDelegate recordReviewReply(PmpLifecycle lifecycle) {
        return formStep(ex -> lifecycle.recordReviewReply(plan(ex), text(ex, "reviewReply")));
    }

    @Bean
    JavaDelegate recordActionDone(PmpLifecycle lifecycle) {
        return formStep(ex -> lifecycle.recordActionDone(ex.getProcessBusinessKey(), text(ex, "actionOutcome"),
                text(ex, "actionNotes")));
    }

    @Bean
    JavaDelegate chaseAction(PmpActions actions) {
        return ex -> actions.chase(ex.getProcessBusinessKey(), ex.getProcessInstanceId());
    }

    @Bean
    JavaDelegate recordEscalation(PmpActions actions) {
        return formStep(ex -> actions.recordEscalation(ex.getProcessBusinessKey(), text(ex, "escalationNote")));
    }

    private static BigDecimal number(DelegateExecution ex, String name) {
        Object value = ex.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "is not a number");
        }
    }
}
