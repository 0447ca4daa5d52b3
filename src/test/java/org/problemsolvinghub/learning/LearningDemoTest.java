package org.problemsolvinghub.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;

import com.jayway.jsonpath.JsonPath;

/** The demo's learning data, as the demo users see it through the API. */
@org.junit.jupiter.api.Order(1)
class LearningDemoTest extends HubTest {

    @Test
    void tacticalThursdaysHasPastRecordingsInTheLibraryAndItsNextSessionWaitsForATheme() {
        String series = as("rgreen").getForObject("/api/learning/webinars/series", String.class);
        List<String> statuses = JsonPath.read(series, "$[?(@.name == 'Tactical Thursdays')].sessions[*].status");
        assertThat(statuses).containsExactly("CLOSED", "CLOSED", "CLOSED", "CLOSED", "CLOSED", "PLANNED");
        String recordings = as("kpatel").getForObject("/api/learning/recordings?q=civil interventions", String.class);
        assertThat((List<String>) JsonPath.read(recordings, "$[*].title")).contains("Joint working with the council: civil interventions");
        // Invited then, Coventry's ASB team finds that recording, and not the ones it was not invited to.
        String partner = as("hmorris").getForObject("/api/learning/recordings", String.class);
        assertThat((List<String>) JsonPath.read(partner, "$[*].theme")).contains("Civil interventions").doesNotContain("Surveys");
        String tasks = as("rgreen").getForObject("/engine-rest/task?candidateGroup=ps-advisors&maxResults=50", String.class);
        assertThat((List<String>) JsonPath.read(tasks, "$[*].name")).anyMatch(n -> n.startsWith("Choose the theme for WEB-"));
    }

    @Test
    void coventryNorthIsHalfWayThroughTheConnectJourney() {
        String team = as("ljones").getForObject("/api/learning/journeys/connect/progress/teams/coventry-npt-north", String.class);
        assertThat((Integer) JsonPath.read(team, "$.learners")).isEqualTo(5);
        assertThat((Integer) JsonPath.read(team, "$.percent")).isBetween(45, 55);
        assertThat((Integer) JsonPath.read(team, "$.finished")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(team, "$.onTrack")).isEqualTo(3);
        String journey = as("kpatel").getForObject("/api/learning/journeys/connect", String.class);
        assertThat((Integer) JsonPath.read(journey, "$.lessonCount")).isEqualTo(19);
        assertThat((Integer) JsonPath.read(journey, "$.minutes")).isEqualTo(480);
    }

    @Test
    void theChallengeIsInItsTwelfthDayWithATieOnTheLeaderboard() {
        String all = as("kpatel").getForObject("/api/learning/challenges", String.class);
        String reference = ((List<String>) JsonPath.read(all, "$[?(@.title == 'Problem-solving habits: autumn')].reference")).get(0);
        String board = as("kpatel").getForObject("/api/learning/challenges/" + reference + "/leaderboard", String.class);
        assertThat((Integer) JsonPath.read(board, "$.today")).isEqualTo(12);
        // 110, 105 (a day caught up), then three on 100 sharing third place, listed by name.
        assertThat((List<String>) JsonPath.read(board, "$.people[*].userId"))
                .containsExactly("kpatel", "aosei", "bcole", "jwalsh", "nadeyemi", "ljones");
        assertThat((List<Integer>) JsonPath.read(board, "$.people[*].rank")).containsExactly(1, 2, 3, 3, 3, 6);
        String reflections = as("jwalsh").getForObject("/api/learning/challenges/" + reference + "/days/1/reflections",
                String.class);
        assertThat((List<String>) JsonPath.read(reflections, "$[*].userId")).hasSize(6);
    }
}
