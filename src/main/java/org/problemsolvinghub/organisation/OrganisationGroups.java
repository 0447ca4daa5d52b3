package org.problemsolvinghub.organisation;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps Camunda's groups in step with the force's reference data: a role group for each role, and an
 * area, agency or team group for each row of the organisation tables. Runs at every start and only
 * adds what is missing, so a new ward or agency in a migration needs no other change.
 */
@Service
public class OrganisationGroups {

    private final IdentityService identityService;
    private final AreaRepository areas;
    private final PartnerAgencyRepository agencies;
    private final ResponseTeamRepository teams;

    OrganisationGroups(IdentityService identityService, AreaRepository areas, PartnerAgencyRepository agencies,
            ResponseTeamRepository teams) {
        this.identityService = identityService;
        this.areas = areas;
        this.agencies = agencies;
        this.teams = teams;
    }

    /** Group id to display name, for every group the force's structure calls for. */
    public Map<String, String> expectedGroups() {
        Map<String, String> groups = new LinkedHashMap<>();
        groups.put(HubGroups.OFFICERS, "Officers (all areas)");
        groups.put(HubGroups.SUPERVISORS, "Neighbourhood supervisors (all areas)");
        groups.put(HubGroups.ANALYSTS, "Analysts");
        groups.put(HubGroups.PARTNERS, "Partner agencies (all)");
        groups.put(HubGroups.PS_ADVISORS, "Problem-solving advisors");
        groups.put(HubGroups.RESPONSE_SUPERVISORS, "Response supervisors (all teams)");
        groups.put(HubGroups.PUBLIC_CONTACT_MANAGERS, "Public contact managers");
        groups.put(HubGroups.CALL_HANDLING_TRAINERS, "Call-handling trainers");
        for (Area area : areas.findAll()) {
            groups.put(HubGroups.officersOf(area.getCode()), "Officers, " + area.getName());
            groups.put(HubGroups.supervisorsOf(area.getCode()), "Supervisors, " + area.getName());
        }
        for (PartnerAgency agency : agencies.findAll()) {
            groups.put(HubGroups.partner(agency.getCode()), agency.getName());
        }
        for (ResponseTeam team : teams.findAll()) {
            groups.put(HubGroups.responseSupervisorsOf(team.getCode()), "Response supervisors, " + team.getName());
        }
        return groups;
    }

    @Transactional
    public void createMissingGroups() {
        expectedGroups().forEach((id, name) -> {
            if (identityService.createGroupQuery().groupId(id).count() == 0) {
                Group group = identityService.newGroup(id);
                group.setName(name);
                group.setType("WORKFLOW");
                identityService.saveGroup(group);
            }
        });
    }
}
