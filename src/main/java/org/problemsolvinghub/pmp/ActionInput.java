package org.problemsolvinghub.pmp;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An action as the owner plans it. Exactly one of actionOfficer and actionAgency names its owner. */
public record ActionInput(
        @NotNull(message = "choose a tactic") Tactic tactic,
        @NotNull(message = "choose the side of the triangle it works on") TriangleSide triangleSide,
        @NotBlank(message = "describe the action") @Size(max = 500) String description,
        @NotNull(message = "say whether an officer or a partner agency owns it") OwnerType ownerType,
        @Size(max = 64) String actionOfficer,
        @Size(max = 60) String actionAgency,
        @NotNull(message = "give a due date") LocalDate dueDate) {

    public enum OwnerType {
        OFFICER, PARTNER
    }

    boolean isPartnerAction() {
        return ownerType == OwnerType.PARTNER;
    }
}
