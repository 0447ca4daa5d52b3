package org.problemsolvinghub.pmp;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.problemsolvinghub.organisation.Area;
import org.problemsolvinghub.organisation.AreaRepository;
import org.problemsolvinghub.organisation.HubGroups;
import org.problemsolvinghub.organisation.PartnerAgency;
import org.problemsolvinghub.organisation.PartnerAgencyRepository;
import org.problemsolvinghub.organisation.Ward;
import org.problemsolvinghub.organisation.WardRepository;
import org.problemsolvinghub.security.CurrentUser;
import org.problemsolvinghub.system.HubClock;
import org.problemsolvinghub.system.InvalidInputException;
import org.problemsolvinghub.system.InvalidInputException.FieldProblem;
import org.problemsolvinghub.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans' rules and records. Each stage is completed through the engine (a start, a task
 * completion); the engine's delegates call back here to check and save what was written, in the
 * engine's own transaction, so a plan is never half-saved.
 */
@Service
public class PmpService {

    public static final String PROCESS_KEY = "pmp";

    static final Set<String> HARMS = Set.of("LOW", "MODERATE", "SUBSTANTIAL", "SEVERE");
    static final Set<String> FREQUENCIES = Set.of("ONE_OFF", "OCCASIONAL", "FREQUENT", "PERSISTENT");

    private final PmpRepository plans;
    private final PmpReferences references;
    private final AreaRepository areas;
    private final WardRepository wards;
    private final PartnerAgencyRepository agencies;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final CurrentUser currentUser;
    private final Validator validator;
    private final PmpLifecycle lifecycle;

    PmpService(PmpRepository plans, PmpReferences references, AreaRepository areas, WardRepository wards,
            PartnerAgencyRepository agencies, RuntimeService runtimeService, IdentityService identityService,
            CurrentUser currentUser, Validator validator, PmpLifecycle lifecycle) {
        this.lifecycle = lifecycle;
        this.plans = plans;
        this.references = references;
        this.areas = areas;
        this.wards = wards;
        this.agencies = agencies;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.currentUser = currentUser;
        this.validator = validator;
    }

    /** Raises a plan through the engine, as the Tasklist start form does; returns its reference. */
    @Transactional
    public String raise(RaisePmpRequest request) {
        check(request);
        try {
            ProcessInstance instance = runtimeService.createProcessInstanceByKey(PROCESS_KEY)
                    .setVariables(request.toVariables())
                    .execute();
            return instance.getBusinessKey();
        } catch (FormFieldValidationException e) {
            throw e.getCause() instanceof InvalidInputException invalid ? invalid : e;
        }
    }

    /** Called by the process as it starts: checks the raised problem and saves the plan. */
    @Transactional
    public String register(RaisePmpRequest request, String raisedBy, String processInstanceId) {
        Ward ward = check(request);
        Area area = areas.findById(request.area()).orElseThrow();
        var now = HubClock.now();
        Pmp pmp = new Pmp(references.next(area.getCode(), area.getReferenceCode(), now), request, ward.getCode(),
                raisedBy, now);
        pmp.linkProcessInstance(processInstanceId);
        plans.save(pmp);
        lifecycle.created(pmp);
        return pmp.getReference();
    }

    /** Checks a triage decision; {@link RecordTriage} calls it as the task completes. */
    @Transactional(readOnly = true)
    public void checkTriage(String reference, TriageDecision decision) {
        Pmp pmp = plan(reference);
        List<FieldProblem> problems = new ArrayList<>();
        if (decision.harm() == null || !HARMS.contains(decision.harm())) {
            problems.add(new FieldProblem("harm", "choose the harm: " + String.join(", ", sorted(HARMS))));
        }
        if (decision.frequency() == null || !FREQUENCIES.contains(decision.frequency())) {
            problems.add(new FieldProblem("frequency", "choose the frequency: " + String.join(", ", sorted(FREQUENCIES))));
        }
        if (decision.outcome() == null) {
            problems.add(new FieldProblem("triageOutcome", "choose an outcome: "
                    + EnumSet.allOf(TriageOutcome.class).stream().map(Enum::name).collect(Collectors.joining(", "))));
        } else {
            switch (decision.outcome()) {
                case ADOPT -> checkOwner(pmp, decision.owner(), problems);
                case NOT_A_PMP -> {
                    if (isBlank(decision.reason())) {
                        problems.add(new FieldProblem("triageReason", "say why this is not a PMP"));
                    }
                }
                case DUPLICATE -> checkDuplicate(pmp, decision.duplicateOf(), problems);
                case PARTNER_LED -> checkPartnerAgency(pmp, decision.partnerAgency(), problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    @Transactional
    public void recordTriage(String reference, TriageDecision decision, String priority) {
        checkTriage(reference, decision);
        String owner = decision.outcome() == TriageOutcome.ADOPT ? decision.owner().strip() : null;
        lifecycle.change(reference, pmp -> pmp.recordTriage(new Triage(decision, priority, currentUser.id()), owner));
    }

    @Transactional
    public void recordPartnerResponse(String reference, String response) {
        if (isBlank(response)) {
            throw new InvalidInputException("partnerResponse", "say what your agency will do");
        }
        lifecycle.change(reference, pmp -> pmp.recordPartnerResponse(response.strip()));
    }

    /** The plan as this user may see it: police staff see every plan, partners only those handed to them. */
    @Transactional(readOnly = true)
    public PmpView find(String reference) {
        Pmp pmp = plans.findByReference(reference).filter(this::visibleToCurrentUser)
                .orElseThrow(() -> new NotFoundException("No plan " + reference + " that you may see"));
        return lifecycle.view(pmp);
    }

    /** The plan itself, if this user may see it. */
    @Transactional(readOnly = true)
    Pmp visiblePlan(String reference) {
        return plans.findByReference(reference).filter(this::visibleToCurrentUser)
                .orElseThrow(() -> new NotFoundException("No plan " + reference + " that you may see"));
    }

    /** Police staff see every plan; a partner sees a plan handed to their agency or holding one of its actions. */
    boolean visibleToCurrentUser(Pmp pmp) {
        if (currentUser.isPoliceOrSystem()) {
            return true;
        }
        List<String> agencies = currentUser.partnerAgencies();
        return (pmp.getTriage() != null && agencies.contains(pmp.getTriage().getPartnerAgency()))
                || pmp.getActions().stream().anyMatch(a -> agencies.contains(a.getOwnerAgency()));
    }

    /**
     * Open plans in the same ward, or of the same type in the same area: what the triage form lists so
     * the supervisor can spot a duplicate.
     */
    @Transactional(readOnly = true)
    public String similarPlans(String reference) {
        Pmp pmp = plan(reference);
        List<Pmp> similar = plans.findSimilar(pmp.getAreaCode(), pmp.getWardCode(), pmp.getProblemType(), reference, 15);
        if (similar.isEmpty()) {
            String area = areas.findById(pmp.getAreaCode()).map(Area::getName).orElse(pmp.getAreaCode());
            return "No other open plan in this ward or of this type in " + area + ".";
        }
        // Ward names as officers know them ("St Michael's"), not their codes; the area's wards in one query.
        Map<String, String> wardNames = wards.findByAreaCodeOrderByName(pmp.getAreaCode()).stream()
                .collect(Collectors.toMap(Ward::getCode, Ward::getName));
        return similar.stream()
                .map(p -> p.getReference() + " – " + p.getTitle() + " (" + wardNames.getOrDefault(p.getWardCode(), p.getWardCode())
                        + ", " + EnumWords.of(p.getProblemType()) + ", " + EnumWords.of(p.getStage()) + ")")
                .collect(Collectors.joining("\n"));
    }

    private Pmp plan(String reference) {
        return plans.findByReference(reference).orElseThrow(() -> new NotFoundException("No plan " + reference));
    }

    /** Bean Validation, then the rules of the force's structure: the ward must be in the area. */
    private Ward check(RaisePmpRequest request) {
        Set<ConstraintViolation<RaisePmpRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations.stream()
                    .map(v -> new FieldProblem(v.getPropertyPath().toString().replaceAll("\\[\\d+]\\.<.*>$", ""),
                            v.getMessage()))
                    .sorted(java.util.Comparator.comparing(FieldProblem::field))
                    .toList());
        }
        if (!areas.existsById(request.area())) {
            throw new InvalidInputException("area", "unknown area '" + request.area() + "'; areas are "
                    + areas.findAll().stream().map(Area::getCode).sorted().collect(Collectors.joining(", ")));
        }
        return wards.findById(request.ward().strip()).filter(w -> w.getAreaCode().equals(request.area()))
                .or(() -> wards.findByAreaCodeAndNameIgnoreCase(request.area(), request.ward().strip()))
                .orElseThrow(() -> new InvalidInputException("ward", "'" + request.ward() + "' is not a ward of "
                        + request.area() + "; its wards are " + wards.findByAreaCodeOrderByName(request.area())
                        .stream().map(Ward::getName).collect(Collectors.joining(", "))));
    }

    private void checkOwner(Pmp pmp, String owner, List<FieldProblem> problems) {
        if (isBlank(owner)) {
            problems.add(new FieldProblem("owner", "name the officer who will own the plan"));
        } else if (identityService.createUserQuery().userId(owner.strip())
                .memberOfGroup(HubGroups.officersOf(pmp.getAreaCode())).count() == 0) {
            problems.add(new FieldProblem("owner", "'" + owner + "' is not an officer of " + pmp.getAreaCode()));
        }
    }

    private void checkDuplicate(Pmp pmp, String duplicateOf, List<FieldProblem> problems) {
        if (isBlank(duplicateOf)) {
            problems.add(new FieldProblem("duplicateOf", "give the reference of the plan this duplicates"));
        } else if (duplicateOf.strip().equals(pmp.getReference()) || !plans.existsByReference(duplicateOf.strip())) {
            problems.add(new FieldProblem("duplicateOf", "there is no other plan " + duplicateOf));
        }
    }

    private void checkPartnerAgency(Pmp pmp, String agencyCode, List<FieldProblem> problems) {
        List<PartnerAgency> serving = agencies.findByAreaCodeOrderByName(pmp.getAreaCode());
        if (isBlank(agencyCode) || serving.stream().noneMatch(a -> a.getCode().equals(agencyCode))) {
            problems.add(new FieldProblem("partnerAgency", "choose an agency that serves " + pmp.getAreaCode() + ": "
                    + serving.stream().map(PartnerAgency::getCode).collect(Collectors.joining(", "))));
        }
    }

    private static void requireText(String field, String value, String message, List<FieldProblem> problems) {
        if (isBlank(value)) {
            problems.add(new FieldProblem(field, message));
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
