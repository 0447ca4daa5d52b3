package org.problemsolvinghub.pmp;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The analysis: the three sides of the problem analysis triangle, the data used, and a hypothesis. */
@Embeddable
public class Analysis {

    @Column(name = "victim_target")
    private String victimTarget;
    private String guardian;
    private String offender;
    private String handler;
    private String location;
    @Column(name = "place_manager")
    private String placeManager;
    @Column(name = "data_sources")
    private String dataSources;
    private String hypothesis;
    @Column(name = "underlying_causes")
    private String underlyingCauses;

    protected Analysis() {
    }

    public Analysis(String victimTarget, String guardian, String offender, String handler, String location,
            String placeManager, String dataSources, String hypothesis, String underlyingCauses) {
        this.victimTarget = victimTarget;
        this.guardian = guardian;
        this.offender = offender;
        this.handler = handler;
        this.location = location;
        this.placeManager = placeManager;
        this.dataSources = dataSources;
        this.hypothesis = hypothesis;
        this.underlyingCauses = underlyingCauses;
    }

    public String getVictimTarget() {
        return victimTarget;
    }

    public String getGuardian() {
        return guardian;
    }

    public String getOffender() {
        return offender;
    }

    public String getHandler() {
        return handler;
    }

    public String getLocation() {
        return location;
    }

    public String getPlaceManager() {
        return placeManager;
    }

    public String getDataSources() {
        return dataSources;
    }

    public String getHypothesis() {
        return hypothesis;
    }

    public String getUnderlyingCauses() {
        return underlyingCauses;
    }
}
