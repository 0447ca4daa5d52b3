package org.problemsolvinghub.rotation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.problemsolvinghub.organisation.HubGroups;
import org.problemsolvinghub.security.CurrentUser;
import org.problemsolvinghub.system.InvalidInputException;
import org.problemsolvinghub.system.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rotation API's side of the scheme. Applications start the process, as the Tasklist start form
 * does; the officer's and the managers' actions on a rotation go through the same services as the
 * process's steps, after the hub has checked that the caller may take them.
 */
@Service
public class RotationService {

    public static final String PROCESS_KEY = RotationAccess.PROCESS;
    public static final String OVERTIME_PROCESS_KEY = RotationAccess.OVERTIME;
    static final String WITHDRAWN = "RotationWithdrawn";

    /** Groups that see every rotation: those who run the scheme or hold its tasks for any officer. */
    static final List<String> SCHEME_STAFF = List.of(HubGroups.PUBLIC_CONTACT_MANAGERS, HubGroups.RESPONSE_SUPERVISORS,
            HubGroups.CALL_HANDLING_TRAINERS, HubGroups.ADMIN);

    private final RuntimeService runtimeService;
    private final RotationRepository rotations;
    private final Places places;
    private final Training training;
    private final CurrentUser currentUser;
    private final EngineAsSystem asSystem;

    RotationService(RuntimeService runtimeService, RotationRepository rotations, Places places, Training training,
            CurrentUser currentUser, EngineAsSystem asSystem) {
        this.runtimeService = runtimeService;
        this.rotations = rotations;
        this.places = places;
        this.training = training;
        this.currentUser = currentUser;
        this.asSystem = asSystem;
    }

    @Transactional
    public RotationView apply(RotationRequests.Apply request) {
        return start(PROCESS_KEY, variables(null, request.team(), request.lineManager(), request.intake(),
                request.joinedForceOn(), request.motivation()));
    }

    @Transactional
    public RotationView nominate(RotationRequests.Nominate request) {
        return start(PROCESS_KEY, variables(request.officer(), request.team(), request.lineManager(), request.intake(),
                request.joinedForceOn(), request.motivation()));
    }

    @Transactional
    public RotationView applyForOvertimeTraining(RotationRequests.OvertimeTraining request) {
        return start(OVERTIME_PROCESS_KEY, variables(null, request.team(), null, null, request.joinedForceOn(),
                request.motivation()));
    }

    @Transactional(readOnly = true)
    public RotationView find(String reference) {
        return view(visible(reference));
    }

    /** Rotations in one status: all of them for scheme staff, an officer's own for an officer. */
    @Transactional(readOnly = true)
    public List<RotationView> list(RotationStatus status, int limit) {
        if (seesEveryRotation()) {
            return rotations.findByStatusOrderByAppliedAt(status, PageRequest.of(0, limit)).stream().map(this::view).toList();
        }
        return rotations.findByOfficerIdAndStatusOrderByAppliedAt(String.valueOf(currentUser.id()), status).stream()
                .limit(limit).map(this::view).toList();
    }

    /**
     * The officer, their line managers or a public contact manager withdraws the officer, at any stage:
     * through the process, whose withdrawal step frees the place and offers it to the next in line.
     */
    @Transactional
    public RotationView withdraw(String reference, String reason) {
        Rotation rotation = visible(reference);
        String by = currentUser.id();
        boolean mayWithdraw = rotation.getOfficerId().equals(by) || currentUser.groups().contains(HubGroups.PUBLIC_CONTACT_MANAGERS)
                || currentUser.groups().contains(HubGroups.ADMIN)
                || currentUser.groups().contains(HubGroups.responseSupervisorsOf(rotation.getTeamCode()));
        if (!mayWithdraw) {
            throw new AccessDeniedException("only the officer, their line managers or a public contact manager withdraw");
        }
        if (!RotationStatus.WITHDRAWABLE.contains(rotation.getStatus())) {
            throw PolicyRefusedException.conflict("NOT_WITHDRAWABLE", reference + " is " + rotation.getStatus()
                    + ": there is nothing to withdraw from", "reason");
        }
        if (rotation.getProcessInstanceId() == null) {
            // imported from before the hub: no process, so the withdrawal is recorded directly
            asSystem.run(() -> places.withdraw(reference, reason.strip(), by));
        } else {
            asSystem.run(() -> runtimeService.createMessageCorrelation(WITHDRAWN).processInstanceBusinessKey(reference)
                    .setVariable("withdrawalReason", reason.strip()).setVariable("withdrawnBy", by).correlate());
        }
        return view(rotation);
    }

    @Transactional
    public RotationView extend(String reference, long months, String reason) {
        String by = currentUser.id();
        asSystem.run(() -> places.extend(reference, months, reason, by));
        return find(reference);
    }

    @Transactional
    public RotationView endEarly(String reference, RotationRequests.EarlyEnd request) {
        String by = currentUser.id();
        asSystem.run(() -> places.endEarly(reference, request.lastDay(), request.endReason(), request.reason(), by));
        return find(reference);
    }

    @Transactional
    public RotationView reorder(String reference, int position, String reason) {
        places.reorder(reference, position, reason, currentUser.id());
        return find(reference);
    }

    boolean seesEveryRotation() {
        return currentUser.id() == null || currentUser.groups().stream().anyMatch(SCHEME_STAFF::contains);
    }

    private Rotation visible(String reference) {
        return rotations.findByReference(reference)
                .filter(r -> seesEveryRotation() || r.getOfficerId().equals(currentUser.id()))
                .orElseThrow(() -> new NotFoundException("No rotation " + reference + " that you may see"));
    }

    private RotationView start(String processKey, Map<String, Object> variables) {
        ProcessInstance instance;
        try {
            instance = runtimeService.createProcessInstanceByKey(processKey).setVariables(variables).execute();
        } catch (FormFieldValidationException e) {
            if (e.getCause() instanceof InvalidInputException invalid) {
                throw invalid;
            }
            if (e.getCause() instanceof PolicyRefusedException refused) {
                throw refused;
            }
            throw e;
        }
        return view(rotations.findByReference(instance.getBusinessKey()).orElseThrow());
    }

    private RotationView view(Rotation rotation) {
        Integer position = null;
        if (rotation.getStatus() == RotationStatus.WAITING) {
            List<Rotation> list = rotations.waitingFor(rotation.getIntake());
            position = list.indexOf(rotation) + 1;
        }
        return RotationView.of(rotation, position, training.attemptsOf(rotation));
    }

    private static Map<String, Object> variables(String officer, String team, String lineManager,
            java.time.LocalDate intake, java.time.LocalDate joinedForceOn, String motivation) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("officer", officer);
        variables.put("team", team);
        variables.put("lineManager", lineManager);
        variables.put("intake", intake == null ? null : intake.toString());
        variables.put("joinedForceOn", joinedForceOn == null ? null : joinedForceOn.toString());
        variables.put("motivation", motivation);
        return variables;
    }
}
