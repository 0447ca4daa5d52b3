package org.problemsolvinghub.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A ward of an area: where PACT meetings are held and where problems are placed. */
@Entity
public class Ward {

    @Id
    private String code;

    @Column(name = "area_code")
    private String areaCode;

    private String name;

    protected Ward() {
    }

    public String getCode() {
        return code;
    }

    public String getAreaCode() {
        return areaCode;
    }

    public String getName() {
        return name;
    }
}
