package org.problemsolvinghub.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A response team; its supervisors release officers from response duty for a rotation. */
@Entity
@jakarta.persistence.Table(name = "response_team")
public class ResponseTeam {

    @Id
    private String code;

    private String name;

    @Column(name = "area_code")
    private String areaCode;

    protected ResponseTeam() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getAreaCode() {
        return areaCode;
    }
}
