package org.problemsolvinghub.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A neighbourhood policing unit, aligned to one local authority and its community safety partnership. */
@Entity
public class Area {

    @Id
    private String code;

    /** Three letters used in plan references: PMP-COV-2026-0001. */
    @Column(name = "reference_code")
    private String referenceCode;

    private String name;

    protected Area() {
    }

    public String getCode() {
        return code;
    }

    public String getReferenceCode() {
        return referenceCode;
    }

    public String getName() {
        return name;
    }
}
