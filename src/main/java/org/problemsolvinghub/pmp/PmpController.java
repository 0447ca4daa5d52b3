package org.problemsolvinghub.pmp;

import java.net.URI;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Proactive Management Plans through the API. Stages move on through the engine, as in Tasklist. */
@RestController
@RequestMapping("/api/pmps")
class PmpController {

    private final PmpService pmps;

    PmpController(PmpService pmps) {
        this.pmps = pmps;
    }

    /** Raises a plan; it goes to its area's supervisors for triage. */
    @PostMapping
    @PreAuthorize("hasAnyAuthority('officers', 'supervisors', 'ps-advisors', 'camunda-admin')")
    ResponseEntity<PmpView> raise(@Valid @RequestBody RaisePmpRequest request) {
        String reference = pmps.raise(request);
        return ResponseEntity.created(URI.create("/api/pmps/" + reference)).body(pmps.find(reference));
    }

    @GetMapping("/{reference}")
    PmpView find(@PathVariable String reference) {
        return pmps.find(reference);
    }
}
