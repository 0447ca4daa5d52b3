package org.problemsolvinghub.learning.webinar;

import static org.problemsolvinghub.learning.LearningForms.lines;
import static org.problemsolvinghub.learning.LearningForms.number;
import static org.problemsolvinghub.learning.LearningForms.text;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.problemsolvinghub.learning.LearningForms;
import org.problemsolvinghub.system.InvalidInputException;
import org.springframework.stereotype.Component;

/** "Save the attendance and open feedback": the figure, the registered people who came, and when feedback closes. */
@Component("recordAttendance")
class RecordAttendance implements JavaDelegate {

    private final WebinarService webinars;

    RecordAttendance(WebinarService webinars) {
        this.webinars = webinars;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            var closes = webinars.recordAttendance(execution.getProcessBusinessKey(), number(execution, "attendedCount"),
                    lines(text(execution, "attendees")));
            execution.setVariable("feedbackClosesAt", Date.from(closes));
        } catch (InvalidInputException e) {
            throw LearningForms.error(e);
        }
    }
}
