package org.problemsolvinghub.learning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.problemsolvinghub.HubTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.jayway.jsonpath.JsonPath;

/**
 * The webinar series through the hub's API on PostgreSQL: starting a series (and 400 naming the field),
 * sessions held before the hub joining the recordings library and the figures, one search over the library.
 */
class WebinarApiTest extends HubTest {

    private static String field(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        return JsonPath.read(answer.getBody(), "$.errors[0].field");
    }

    private Map<String, Object> series(LocalDate firstOn) {
        Map<String, Object> series = new HashMap<>();
        series.put("name", "Webinar Wednesdays");
        series.put("firstSessionOn", firstOn.toString());
        series.put("startTime", "13:00");
        return series;
    }

    private String startSeries() {
        var created = as("rgreen").postForEntity("/api/learning/webinars/series", series(LocalDate.now().plusDays(90)),
                String.class);
        assertThat(created.getStatusCode()).as(created.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat((List<String>) JsonPath.read(created.getBody(), "$.sessions[*].status")).containsExactly("PLANNED");
        assertThat((String) JsonPath.read(created.getBody(), "$.interval")).isEqualTo("P2M");
        return JsonPath.read(created.getBody(), "$.reference");
    }

    @Test
    void aSeriesWithBadInputIsRefusedNamingTheFieldAndOnlyAdvisorsStartOne() {
        Map<String, Object> bad = series(LocalDate.now().plusDays(30));
        bad.put("startTime", "25:00");
        bad.remove("name");
        var answer = as("rgreen").postForEntity("/api/learning/webinars/series", bad, String.class);
        assertThat(field(answer)).isEqualTo("name");
        assertThat((List<String>) JsonPath.read(answer.getBody(), "$.errors[*].field")).containsExactly("name", "startTime");
        assertThat(field(as("rgreen").postForEntity("/api/learning/webinars/series", series(LocalDate.now().minusDays(1)),
                String.class))).isEqualTo("firstSessionOn");
        Map<String, Object> notADate = series(LocalDate.now());
        notADate.put("firstSessionOn", "next Thursday");
        assertThat(field(as("rgreen").postForEntity("/api/learning/webinars/series", notADate, String.class)))
                .isEqualTo("firstSessionOn");
        assertThat(as("kpatel").postForEntity("/api/learning/webinars/series", series(LocalDate.now().plusDays(30)),
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void pastSessionsJoinTheLibraryAndTheFiguresAndOneSearchFindsThem() {
        String series = startSeries();
        String path = "/api/learning/webinars/series/" + series + "/past-sessions";
        Map<String, Object> past = new HashMap<>(Map.of("heldOn", LocalDate.now().minusMonths(4).toString(),
                "title", "Joint working with the council on civil interventions", "theme", "Civil interventions",
                "speakers", "Coventry City Council ASB team", "registered", 80, "attended", 70,
                "recordingLink", "https://stream.example/rec/civil", "summary",
                "Community protection notices, injunctions and closure orders, and how to ask the council for them."));
        var imported = as("rgreen").postForEntity(path, past, String.class);
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.CREATED);
        String reference = JsonPath.read(imported.getBody(), "$.reference");
        assertThat((Boolean) JsonPath.read(imported.getBody(), "$.imported")).isTrue();

        Map<String, Object> noLink = new HashMap<>(past);
        noLink.put("recordingLink", "ftp://old-server/rec");
        assertThat(field(as("rgreen").postForEntity(path, noLink, String.class))).isEqualTo("recordingLink");
        Map<String, Object> future = new HashMap<>(past);
        future.put("heldOn", LocalDate.now().plusDays(3).toString());
        assertThat(field(as("rgreen").postForEntity(path, future, String.class))).isEqualTo("heldOn");

        String figures = as("sbrown").getForObject("/api/learning/webinars/figures", String.class);
        assertThat((Integer) JsonPath.read(figures, "$.mostAttended")).isGreaterThanOrEqualTo(70);
        assertThat((List<String>) JsonPath.read(figures, "$.sessions[*].reference")).contains(reference);
        assertThat((List<Integer>) JsonPath.read(figures, "$.sessions[?(@.reference == '" + reference + "')].registered"))
                .containsExactly(80);

        // Words in any order and case, from title, theme, speakers or summary; unrelated words find nothing.
        String hits = as("kpatel").getForObject("/api/learning/recordings?q=INJUNCTIONS council", String.class);
        assertThat((List<String>) JsonPath.read(hits, "$[*].reference")).contains(reference);
        assertThat((List<String>) JsonPath.read(as("kpatel").getForObject("/api/learning/recordings?q=zebra crossings",
                String.class), "$[*].reference")).doesNotContain(reference);
        // Partners find only recordings of sessions their agency was invited to: none was invited to this one.
        assertThat((List<String>) JsonPath.read(as("hmorris").getForObject("/api/learning/recordings?q=injunctions",
                String.class), "$[*].reference")).doesNotContain(reference);
        assertThat(as("hmorris").getForEntity("/api/learning/webinars/sessions/" + reference, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        Map<String, Object> withPartners = new HashMap<>(past);
        withPartners.put("title", "Burglary prevention with Coventry's council");
        withPartners.put("invitedAgencies", List.of("coventry-council-asb"));
        String invited = JsonPath.read(as("rgreen").postForObject(path, withPartners, String.class), "$.reference");
        assertThat((List<String>) JsonPath.read(as("hmorris").getForObject("/api/learning/recordings?q=injunctions",
                String.class), "$[*].reference")).contains(invited).doesNotContain(reference);
        withPartners.put("invitedAgencies", List.of("gotham-council"));
        assertThat(field(as("rgreen").postForEntity(path, withPartners, String.class))).isEqualTo("invitedAgencies");
    }

    @Test
    void onlyAnAnnouncedSessionCanBeCancelledAndFeedbackWaitsForTheSession() {
        String series = startSeries();
        String session = JsonPath.read(as("rgreen").getForObject("/api/learning/webinars/series/" + series, String.class),
                "$.sessions[0].reference");
        assertThat(field(as("rgreen").postForEntity("/api/learning/webinars/sessions/" + session + "/cancel",
                Map.of("reason", " "), String.class))).isEqualTo("reason");
        assertThat(as("rgreen").postForEntity("/api/learning/webinars/sessions/" + session + "/cancel",
                Map.of("reason", "Speaker ill"), String.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(as("kpatel").postForEntity("/api/learning/webinars/sessions/" + session + "/registrations", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(field(as("kpatel").postForEntity("/api/learning/webinars/sessions/" + session + "/feedback",
                Map.of("rating", 9), String.class))).isEqualTo("rating");
        assertThat(as("kpatel").postForEntity("/api/learning/webinars/sessions/" + session + "/feedback",
                Map.of("rating", 4), String.class).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(as("rgreen").postForEntity("/api/learning/webinars/series/" + series + "/end", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(as("rgreen").postForEntity("/api/learning/webinars/series/" + series + "/end", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }
}
