package org.problemsolvinghub.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A neighbourhood team of an area: enrolled on journeys together, ranked together in challenges. */
@Entity
@Table(name = "learning_team")
public class LearningTeam {

    @Id
    private String code;

    private String name;

    @Column(name = "area_code")
    private String areaCode;

    protected LearningTeam() {
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
