package org.problemsolvinghub.pmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * What a plan's forms are given back of its earlier answers ({@link PlanDisplay#answers}): a task's own
 * decision never, and the review the owner is answering, which is the one their reply is recorded against.
 */
class PlanDisplayAnswersTest {

    private final Pmp plan = new Pmp("PMP-COV-2026-0099", new RaisePmpRequest("coventry", "Lower Stoke", PmpSource.PACT_MEETING,
            ProblemType.ANTISOCIAL_BEHAVIOUR, "Noise at the Lower Stoke flats", "Residents suffer noise most nights.",
            List.of("PACT meeting")), "lower-stoke", "kpatel", Instant.parse("2026-11-01T09:00:00Z"));

    @Test
    void theSupervisorsCommentIsShownToTheOwnerButNotGivenBackToTheSignOff() {
        plan.recordSignOff(SignOffDecision.BACK_TO_RESPONSE, "Ask the housing officer.", "ljones");

        assertThat(PlanDisplay.answers(plan, "Task_Response")).containsEntry("signOffComment", "Ask the housing officer.");
        assertThat(PlanDisplay.answers(plan, "Task_SignOff")).doesNotContainKeys("signOffComment", "signOffDecision");
    }

    @Test
    void theOwnerAnsweringAReviewSeesTheReviewTheirReplyGoesToEvenIfALaterOneFoundThePlanOnTrack() {
        plan.addReview("ljones", Instant.parse("2026-11-10T09:00:00Z"), ReviewOutcome.SEND_BACK, "Door-knock Broad Street.");
        plan.addReview("ljones", Instant.parse("2026-11-24T09:00:00Z"), ReviewOutcome.CONTINUE, null);

        assertThat(PlanDisplay.answers(plan, "Task_AddressReview")).containsEntry("reviewComment", "Door-knock Broad Street.")
                .doesNotContainKey("reviewReply");
        assertThat(PlanDisplay.answers(plan, "Task_Review")).doesNotContainKey("reviewComment");
        assertThat(plan.reviewAwaitingReply()).get().extracting(Review::getComment).isEqualTo("Door-knock Broad Street.");
    }
}
