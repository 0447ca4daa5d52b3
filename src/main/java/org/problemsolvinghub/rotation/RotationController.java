package org.problemsolvinghub.rotation;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Applications and rotations through the API. An application starts the same process as the Tasklist
 * start form; it answers 201 when it goes on to the line manager, and 422 naming the eligibility
 * table's rule when the policy refuses it (the refusal is recorded, and the officer told in Tasklist).
 */
@RestController
@RequestMapping("/api/rotations")
@Validated
class RotationController {

    private final RotationService rotations;

    RotationController(RotationService rotations) {
        this.rotations = rotations;
    }

    @PostMapping
    @PreAuthorize("hasAuthority('officers')")
    ResponseEntity<Object> apply(@Valid @RequestBody RotationRequests.Apply request) {
        return created(rotations.apply(request));
    }

    @PostMapping("/nominations")
    @PreAuthorize("hasAnyAuthority('response-supervisors', 'public-contact-managers')")
    ResponseEntity<Object> nominate(@Valid @RequestBody RotationRequests.Nominate request) {
        return created(rotations.nominate(request));
    }

    @PostMapping("/overtime-training")
    @PreAuthorize("hasAuthority('officers')")
    ResponseEntity<Object> applyForOvertimeTraining(@Valid @RequestBody RotationRequests.OvertimeTraining request) {
        return created(rotations.applyForOvertimeTraining(request));
    }

    @GetMapping("/{reference}")
    RotationView find(@PathVariable String reference) {
        return rotations.find(reference);
    }

    @GetMapping
    List<RotationView> list(@RequestParam RotationStatus status,
            @RequestParam(defaultValue = "200") @Min(1) @Max(500) int limit) {
        return rotations.list(status, limit);
    }

    @PostMapping("/{reference}/withdrawal")
    RotationView withdraw(@PathVariable String reference, @Valid @RequestBody RotationRequests.Withdrawal request) {
        return rotations.withdraw(reference, request.reason());
    }

    @PostMapping("/{reference}/extension")
    @PreAuthorize("hasAnyAuthority('public-contact-managers', 'camunda-admin')")
    RotationView extend(@PathVariable String reference, @Valid @RequestBody RotationRequests.Extension request) {
        return rotations.extend(reference, request.months(), request.reason());
    }

    @PostMapping("/{reference}/early-end")
    @PreAuthorize("hasAnyAuthority('public-contact-managers', 'camunda-admin')")
    RotationView endEarly(@PathVariable String reference, @Valid @RequestBody RotationRequests.EarlyEnd request) {
        return rotations.endEarly(reference, request);
    }

    @PutMapping("/{reference}/waiting-position")
    @PreAuthorize("hasAnyAuthority('public-contact-managers', 'camunda-admin')")
    RotationView reorder(@PathVariable String reference, @Valid @RequestBody RotationRequests.Reorder request) {
        return rotations.reorder(reference, request.position(), request.reason());
    }

    private static ResponseEntity<Object> created(RotationView view) {
        if (view.status() == RotationStatus.INELIGIBLE) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                    view.refusal().reason());
            problem.setTitle("Not eligible");
            problem.setProperty("rule", view.refusal().rule());
            problem.setProperty("reference", view.reference());
            return ResponseEntity.unprocessableEntity().location(URI.create("/api/rotations/" + view.reference()))
                    .body(problem);
        }
        return ResponseEntity.created(URI.create("/api/rotations/" + view.reference())).body(view);
    }
}
