package org.problemsolvinghub.pmp;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Proactive Management Plans through the API. Stages move on through the engine, as in Tasklist
 * (complete the stage's task); these endpoints raise plans, read and list them, and edit a stage's
 * content while it is open. Edits carry the version the client read: a stale one answers 409.
 */
@RestController
@RequestMapping("/api/pmps")
class PmpController {

    private final PmpService pmps;
    private final PmpQueries queries;
    private final PmpLifecycle lifecycle;
    private final PmpMoves moves;
    private final PlanAudit audit;
    private final PracticeBankEntry practiceBank;

    PmpController(PmpService pmps, PmpQueries queries, PmpLifecycle lifecycle, PmpMoves moves, PlanAudit audit,
            PracticeBankEntry practiceBank) {
        this.pmps = pmps;
        this.queries = queries;
        this.lifecycle = lifecycle;
        this.moves = moves;
        this.audit = audit;
        this.practiceBank = practiceBank;
    }

    /** Raises a plan; it goes to its area's supervisors for triage. */
    @PostMapping
    @PreAuthorize("hasAnyAuthority('officers', 'supervisors', 'ps-advisors', 'camunda-admin')")
    ResponseEntity<PmpView> raise(@Valid @RequestBody RaisePmpRequest request) {
        String reference = pmps.raise(request);
        return ResponseEntity.created(URI.create("/api/pmps/" + reference)).body(pmps.find(reference));
    }

    @GetMapping
    PmpQueries.Results list(@RequestParam(required = false) String area, @RequestParam(required = false) String ward,
            @RequestParam(required = false) PmpStage stage, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String priority, @RequestParam(required = false) Boolean overdue,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return queries.list(new PmpQueries.Filter(area, ward, stage, owner, priority, overdue), page, size);
    }

    @GetMapping("/{reference}")
    PmpView find(@PathVariable String reference) {
        return pmps.find(reference);
    }

    record QualityReport(String reference, PmpStage stage, boolean blocked, List<PmpView.FindingView> findings) {
    }

    /** What the plan still lacks against "What a good PMP shows", as the forms show it. */
    @GetMapping("/{reference}/quality")
    QualityReport quality(@PathVariable String reference) {
        PmpView plan = pmps.find(reference);
        return new QualityReport(reference, plan.stage(), plan.quality().stream().anyMatch(PmpView.FindingView::blocking),
                plan.quality());
    }

    record AnalysisEdit(@NotNull(message = "send the version of the plan you read") Long version,
            @Size(max = 2000) String victimTarget, @Size(max = 2000) String guardian, @Size(max = 2000) String offender,
            @Size(max = 2000) String handler, @Size(max = 2000) String location, @Size(max = 2000) String placeManager,
            @Size(max = 2000) String dataSources, @Size(max = 2000) String hypothesis,
            @Size(max = 2000) String underlyingCauses) {
    }

    @PutMapping("/{reference}/analysis")
    PmpView editAnalysis(@PathVariable String reference, @Valid @RequestBody AnalysisEdit edit) {
        pmps.visiblePlan(reference);
        lifecycle.editAnalysis(reference, new Analysis(edit.victimTarget(), edit.guardian(), edit.offender(),
                edit.handler(), edit.location(), edit.placeManager(), edit.dataSources(), edit.hypothesis(),
                edit.underlyingCauses()), edit.version());
        return pmps.find(reference);
    }

    record ObjectivesEdit(@NotNull(message = "send the version of the plan you read") Long version,
            @NotNull(message = "give the objectives") @Valid List<@NotNull(message = "give the objective, not an empty entry") ObjectiveInput> objectives) {
    }

    @PutMapping("/{reference}/objectives")
    PmpView editObjectives(@PathVariable String reference, @Valid @RequestBody ObjectivesEdit edit) {
        pmps.visiblePlan(reference);
        lifecycle.editObjectives(reference, edit.objectives(), edit.version());
        return pmps.find(reference);
    }

    record AssessmentEdit(@NotNull(message = "send the version of the plan you read") Long version,
            @NotNull(message = "give the assessment") @Valid AssessmentInput assessment) {
    }

    @PutMapping("/{reference}/assessment")
    PmpView editAssessment(@PathVariable String reference, @Valid @RequestBody AssessmentEdit edit) {
        pmps.visiblePlan(reference);
        lifecycle.editAssessment(reference, edit.assessment(), edit.version());
        return pmps.find(reference);
    }

    record NewActions(@NotNull(message = "send the version of the plan you read") Long version,
            @NotNull(message = "give the actions") @Size(min = 1, max = 50)
            @Valid List<@NotNull(message = "give the action, not an empty entry") ActionInput> actions) {
    }

    /** Adds actions while the response runs; each becomes its own task for its owner at once. */
    @PostMapping("/{reference}/actions")
    ResponseEntity<PmpView> addActions(@PathVariable String reference, @Valid @RequestBody NewActions request) {
        pmps.visiblePlan(reference);
        lifecycle.addActionsByApi(reference, request.actions(), request.version());
        return ResponseEntity.status(201).body(pmps.find(reference));
    }

    record OwnerChange(@NotNull(message = "send the version of the plan you read") Long version,
            @NotBlank(message = "name the new owner") String owner) {
    }

    @PutMapping("/{reference}/owner")
    PmpView changeOwner(@PathVariable String reference, @Valid @RequestBody OwnerChange change) {
        pmps.visiblePlan(reference);
        moves.changeOwner(reference, change.owner().strip(), change.version());
        return pmps.find(reference);
    }

    record AreaChange(@NotNull(message = "send the version of the plan you read") Long version,
            @NotBlank(message = "give the new area") String area, @NotBlank(message = "give the new ward") String ward,
            String owner) {
    }

    @PutMapping("/{reference}/area")
    PmpView changeArea(@PathVariable String reference, @Valid @RequestBody AreaChange change) {
        pmps.visiblePlan(reference);
        moves.changeArea(reference, change.area().strip(), change.ward(), change.owner(), change.version());
        return pmps.find(reference);
    }

    /** Who changed what and when, field by field. */
    @GetMapping("/{reference}/audit")
    @Transactional(readOnly = true)
    List<PlanAudit.Entry> audit(@PathVariable String reference) {
        return audit.entries(pmps.visiblePlan(reference).getId());
    }

    /** The closed plan as a Practice Bank entry: Markdown, or PDF with ?format=pdf or Accept: application/pdf. */
    @GetMapping("/{reference}/practice-bank")
    @Transactional(readOnly = true)
    ResponseEntity<?> practiceBank(@PathVariable String reference, @RequestParam(required = false) String format,
            @org.springframework.web.bind.annotation.RequestHeader(value = "Accept", required = false) String accept) {
        Pmp plan = pmps.visiblePlan(reference);
        boolean pdf = "pdf".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains("application/pdf")
                && !accept.contains("text/markdown"));
        if (format != null && !format.equalsIgnoreCase("pdf") && !format.equalsIgnoreCase("markdown")) {
            throw new org.problemsolvinghub.system.InvalidInputException("format", "one of markdown, pdf");
        }
        if (pdf) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                    .header("Content-Disposition", "inline; filename=\"" + reference + ".pdf\"")
                    .body(practiceBank.pdf(plan));
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/markdown;charset=UTF-8"))
                .body(practiceBank.markdown(plan));
    }
}
