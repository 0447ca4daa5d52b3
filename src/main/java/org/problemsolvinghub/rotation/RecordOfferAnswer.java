package org.problemsolvinghub.rotation;

import static org.problemsolvinghub.system.FormValues.text;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.security.CurrentUser;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Component;

/** "Record the answer to the offer": taken, or declined and offered to the next in line at once. */
@Component("recordOfferAnswer")
class RecordOfferAnswer implements JavaDelegate {

    private final Places places;
    private final CurrentUser currentUser;

    RecordOfferAnswer(Places places, CurrentUser currentUser) {
        this.places = places;
        this.currentUser = currentUser;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormErrors.report(() -> {
            String answer = text(execution, "offerAnswer");
            if ("ACCEPT".equals(answer)) {
                places.takeOffer(execution.getProcessBusinessKey());
            } else if ("DECLINE".equals(answer)) {
                places.giveUpOffer(execution.getProcessBusinessKey(), RotationStatus.DECLINED, currentUser.id());
            } else {
                throw new InvalidInputException("offerAnswer", "choose ACCEPT or DECLINE");
            }
        });
    }
}
