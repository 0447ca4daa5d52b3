package org.problemsolvinghub.rotation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A trained officer in the overtime bank: they can work overtime shifts in public contact. */
@Entity
@Table(name = "overtime_bank")
public class BankMember {

    @Id
    @Column(name = "officer_id")
    private String officerId;

    @Column(name = "officer_name")
    private String officerName;

    /** ROTATION: joined after a rotation; OVERTIME_ONLY: trained for overtime without rotating. */
    private String route;

    private String reference;

    @Column(name = "joined_on")
    private LocalDate joinedOn;

    private String availability;

    private boolean active;

    protected BankMember() {
    }

    BankMember(String officerId, String officerName, RotationTrack route, String reference, LocalDate joinedOn,
            String availability) {
        this.officerId = officerId;
        this.officerName = officerName;
        this.route = route.name();
        this.reference = reference;
        this.joinedOn = joinedOn;
        this.availability = availability;
        this.active = true;
    }

    void rejoin(String reference, LocalDate on, String availability) {
        this.reference = reference;
        this.joinedOn = on;
        this.availability = availability;
        this.active = true;
    }

    public String getOfficerId() {
        return officerId;
    }

    public String getOfficerName() {
        return officerName;
    }

    public String getRoute() {
        return route;
    }

    public String getReference() {
        return reference;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public String getAvailability() {
        return availability;
    }

    public boolean isActive() {
        return active;
    }
}
