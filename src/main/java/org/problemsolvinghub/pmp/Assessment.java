package org.problemsolvinghub.pmp;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The assessment: outcome, impact, whether the response caused the change, displacement, lessons. */
@Embeddable
public class Assessment {

    @Enumerated(EnumType.STRING)
    @Column(name = "assessment_outcome")
    private AssessmentOutcome outcome;
    @Enumerated(EnumType.STRING)
    private Impact impact;
    @Column(name = "impact_figure")
    private BigDecimal impactFigure;
    @Column(name = "caused_by_response")
    private String causedByResponse;
    @Column(name = "displacement_places")
    private Boolean displacementPlaces;
    @Column(name = "displacement_times")
    private Boolean displacementTimes;
    @Column(name = "displacement_crimes")
    private Boolean displacementCrimes;
    @Column(name = "displacement_findings")
    private String displacementFindings;
    @Column(name = "lessons_learnt")
    private String lessonsLearnt;
    @Column(name = "assessed_at")
    private Instant assessedAt;

    protected Assessment() {
    }

    Assessment(AssessmentInput input, Instant at) {
        this.outcome = input.assessmentOutcome();
        this.impact = input.impact();
        this.impactFigure = input.impactFigure();
        this.causedByResponse = strip(input.causedByResponse());
        this.displacementPlaces = input.displacementPlaces();
        this.displacementTimes = input.displacementTimes();
        this.displacementCrimes = input.displacementCrimes();
        this.displacementFindings = strip(input.displacementFindings());
        this.lessonsLearnt = strip(input.lessonsLearnt());
        this.assessedAt = at;
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    boolean displacementChecked() {
        return Boolean.TRUE.equals(displacementPlaces) || Boolean.TRUE.equals(displacementTimes)
                || Boolean.TRUE.equals(displacementCrimes);
    }

    public AssessmentOutcome getOutcome() {
        return outcome;
    }

    public Impact getImpact() {
        return impact;
    }

    public BigDecimal getImpactFigure() {
        return impactFigure;
    }

    public String getCausedByResponse() {
        return causedByResponse;
    }

    public boolean isDisplacementPlaces() {
        return Boolean.TRUE.equals(displacementPlaces);
    }

    public boolean isDisplacementTimes() {
        return Boolean.TRUE.equals(displacementTimes);
    }

    public boolean isDisplacementCrimes() {
        return Boolean.TRUE.equals(displacementCrimes);
    }

    public String getDisplacementFindings() {
        return displacementFindings;
    }

    public String getLessonsLearnt() {
        return lessonsLearnt;
    }

    public Instant getAssessedAt() {
        return assessedAt;
    }
}
