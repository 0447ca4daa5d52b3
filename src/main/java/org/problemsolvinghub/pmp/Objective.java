package org.problemsolvinghub.pmp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A measurable objective: a measure, its baseline over a period, a target and a date; later the figure after. */
@Entity
@Table(name = "pmp_objective")
public class Objective {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "pmp_id")
    private Pmp pmp;

    private int position;
    private String measure;
    @Column(name = "baseline_figure")
    private BigDecimal baselineFigure;
    @Column(name = "baseline_from")
    private LocalDate baselineFrom;
    @Column(name = "baseline_to")
    private LocalDate baselineTo;
    private BigDecimal target;
    @Column(name = "target_date")
    private LocalDate targetDate;
    @Column(name = "after_figure")
    private BigDecimal afterFigure;
    @Column(name = "after_from")
    private LocalDate afterFrom;
    @Column(name = "after_to")
    private LocalDate afterTo;

    protected Objective() {
    }

    Objective(Pmp pmp, int position, ObjectiveInput input) {
        this.pmp = pmp;
        this.position = position;
        this.measure = input.measure().strip();
        this.baselineFigure = input.baselineFigure();
        this.baselineFrom = input.baselineFrom();
        this.baselineTo = input.baselineTo();
        this.target = input.target();
        this.targetDate = input.targetDate();
    }

    void recordAfter(BigDecimal figure, LocalDate from, LocalDate to) {
        this.afterFigure = figure;
        this.afterFrom = from;
        this.afterTo = to;
    }

    /** Days in the baseline period, both ends counted. */
    long baselineDays() {
        return ChronoUnit.DAYS.between(baselineFrom, baselineTo) + 1;
    }

    Long afterDays() {
        return afterFrom == null || afterTo == null ? null : ChronoUnit.DAYS.between(afterFrom, afterTo) + 1;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getMeasure() {
        return measure;
    }

    public BigDecimal getBaselineFigure() {
        return baselineFigure;
    }

    public LocalDate getBaselineFrom() {
        return baselineFrom;
    }

    public LocalDate getBaselineTo() {
        return baselineTo;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public BigDecimal getAfterFigure() {
        return afterFigure;
    }

    public LocalDate getAfterFrom() {
        return afterFrom;
    }

    public LocalDate getAfterTo() {
        return afterTo;
    }
}
