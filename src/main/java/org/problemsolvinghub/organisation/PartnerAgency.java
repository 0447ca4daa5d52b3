package org.problemsolvinghub.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A partner agency (a council's ASB team, a housing provider...) serving one area. */
@Entity
@jakarta.persistence.Table(name = "partner_agency")
public class PartnerAgency {

    @Id
    private String code;

    private String name;

    private String kind;

    @Column(name = "area_code")
    private String areaCode;

    protected PartnerAgency() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    public String getAreaCode() {
        return areaCode;
    }
}
