package org.problemsolvinghub.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.springframework.beans.factory.annotation.Autowired;

import com.jayway.jsonpath.JsonPath;

/** The force's structure: reference data from the migrations, and the Camunda groups derived from it. */
class OrganisationTest extends HubTest {

    @Autowired
    OrganisationGroups groups;

    @Test
    void theSevenWestMidlandsAreasAreServedWithTheirWardsAndAgencies() {
        String areas = as("kpatel").getForObject("/api/areas", String.class);
        assertThat((List<String>) JsonPath.read(areas, "$[*].code")).containsExactly("birmingham", "coventry", "dudley",
                "sandwell", "solihull", "walsall", "wolverhampton");
        assertThat((List<String>) JsonPath.read(areas, "$[?(@.code == 'coventry')].wards[*].name")).contains("Foleshill", "Earlsdon");
        assertThat((List<String>) JsonPath.read(areas, "$[?(@.code == 'coventry')].partnerAgencies[*].code"))
                .contains("coventry-council-asb");
    }

    @Test
    void everyRoleAreaAgencyAndTeamHasItsGroup() {
        for (String id : groups.expectedGroups().keySet()) {
            assertThat(identityService.createGroupQuery().groupId(id).count()).as(id).isEqualTo(1);
        }
        assertThat(groups.expectedGroups()).containsKeys("supervisors-coventry", "officers-wolverhampton",
                "partner-coventry-council-asb", "ps-advisors", "public-contact-managers",
                "response-supervisors-coventry-response-a", "call-handling-trainers");
        assertThat(identityService.createGroupQuery().groupId("camunda-admin").count()).isEqualTo(1);
    }

    @Test
    void theDemoForceHasEveryRoleInTwoAreasAndTheAdministratorFromConfiguration() {
        assertThat(identityService.checkPassword("demo", "demo")).isTrue();
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").userId("demo").count()).isEqualTo(1);
        for (String group : List.of("officers-coventry", "supervisors-coventry", "officers-birmingham",
                "supervisors-birmingham", "analysts", "ps-advisors", "partner-coventry-council-asb",
                "partner-birmingham-council-asb", "response-supervisors", "public-contact-managers", "call-handling-trainers")) {
            assertThat(identityService.createUserQuery().memberOfGroup(group).count()).as(group).isPositive();
        }
    }
}
