package org.problemsolvinghub.rotation;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refusal by the scheme's rules as problem details naming the rule: 422 for policy, 409 for the scheme's state. */
@RestControllerAdvice(basePackageClasses = RotationController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RotationExceptionHandler {

    @ExceptionHandler(PolicyRefusedException.class)
    ProblemDetail refused(PolicyRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle("Refused by the rotation scheme's rules");
        problem.setProperty("rule", e.rule());
        problem.setProperty("field", e.field());
        return problem;
    }
}
