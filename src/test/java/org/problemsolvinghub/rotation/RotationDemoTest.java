package org.problemsolvinghub.rotation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;

import com.jayway.jsonpath.JsonPath;

/** The demo force's scheme is in motion: full today, a waiting list, officers in training, a bank, tasks for each role. */
@org.junit.jupiter.api.Order(1)
class RotationDemoTest extends HubTest {

    @org.springframework.beans.factory.annotation.Autowired
    RotationProperties properties;

    private List<String> taskNames(String user) {
        return JsonPath.read(as(user).getForObject("/engine-rest/task?assignee=" + user + "&maxResults=50", String.class)
                + "", "$[*].name");
    }

    private List<String> groupTaskNames(String user, String group) {
        return JsonPath.read(as(user).getForObject("/engine-rest/task?candidateGroup=" + group + "&maxResults=200",
                String.class), "$[*].name");
    }

    @Test
    void theSchemeIsFullTodayWithAWaitingListTrainedOfficersAndABank() {
        LocalDate today = RotationCalendar.today();
        String scheme = as("nhughes").getForObject("/api/rotations/scheme?from=" + today + "&to=" + today.plusDays(90),
                String.class);
        assertThat((Integer) JsonPath.read(scheme, "$.days[0].onRotation")).isEqualTo(properties.cap());
        assertThat((List<String>) JsonPath.read(scheme, "$.waitingList[*].officerName"))
                .containsSubsequence("Sana Ali", "James Roberts");
        assertThat((Integer) JsonPath.read(scheme, "$.trainedSinceSchemeBegan")).isGreaterThanOrEqualTo(60);
        assertThat((Integer) JsonPath.read(scheme, "$.overtimeBank")).isGreaterThanOrEqualTo(30);
        assertThat((String) JsonPath.read(scheme, "$.schemeBegan")).startsWith("2023-");
        assertThat((List<?>) JsonPath.read(as("kpatel").getForObject("/api/rotations/testimonies", String.class), "$"))
                .hasSizeGreaterThanOrEqualTo(3);

        String evans = as("aevans").getForObject("/api/rotations?status=ON_ROTATION", String.class);
        assertThat((List<String>) JsonPath.read(evans, "$[*].officerName")).containsExactly("Amy Evans");
    }

    @Test
    void eachRoleOfTheSchemeHasWorkInTasklist() {
        assertThat(groupTaskNames("dwhite", "response-supervisors-coventry-response-a"))
                .anyMatch(n -> n.startsWith("Release Ben Scott from response duty"));
        assertThat(groupTaskNames("ebaker", "call-handling-trainers"))
                .anyMatch(n -> n.startsWith("Record training results for Tom Harris"));
        assertThat(groupTaskNames("nhughes", "public-contact-managers"))
                .anyMatch(n -> n.startsWith("Accept Gareth Thomas for overtime-only training"));
        assertThat(taskNames("aevans")).isEmpty();
    }

    @Test
    void approvedTestimoniesAreFoundInTheLibraryByPoliceStaffOnly() {
        String hits = as("kpatel").getForObject("/api/library?q=999 call", String.class);
        assertThat((List<String>) JsonPath.read(hits, "$.hits[*].kind")).contains("testimony");
        assertThat((List<String>) JsonPath.read(hits, "$.hits[?(@.kind == 'testimony')].summary"))
                .anyMatch(s -> s.contains("first minute of a 999 call"));
        assertThat((List<String>) JsonPath.read(as("hmorris").getForObject("/api/library?q=999 call", String.class),
                "$.hits[*].kind")).doesNotContain("testimony");
    }
}
