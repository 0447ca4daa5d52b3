package org.problemsolvinghub.rotation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "The offer lapses": its deadline passed unanswered, so the place goes to the next in line. */
@Component("lapseOffer")
class LapseOffer implements JavaDelegate {

    private final Places places;

    LapseOffer(Places places) {
        this.places = places;
    }

    @Override
    public void execute(DelegateExecution execution) {
        places.giveUpOffer(execution.getProcessBusinessKey(), RotationStatus.LAPSED, null);
    }
}
