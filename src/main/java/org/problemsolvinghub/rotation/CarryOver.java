package org.problemsolvinghub.rotation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Carry over to the next intake": the intake started with no place for this officer; they keep their turn. */
@Component("carryOver")
class CarryOver implements JavaDelegate {

    private final Places places;
    private final RotationRecords records;

    CarryOver(Places places, RotationRecords records) {
        this.places = places;
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Places.Placement placement = places.carryOver(execution.getProcessBusinessKey());
        execution.setVariable("placement", placement.name());
        var intake = records.get(execution.getProcessBusinessKey()).getIntake();
        execution.setVariable("intake", intake == null ? null : intake.toString());
    }
}
