package org.problemsolvinghub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.jayway.jsonpath.JsonPath;

/**
 * Text that looks like script is shown as text (issue #9, hostile input): a plan raised through the API
 * with a {@code <script>} and an {@code <img onerror>} in its title and problem statement is triaged in
 * Tasklist; the task's name, its description and its Camunda Form show the characters as typed, no
 * element of theirs reaches the page's DOM, and none of their script runs.
 */
class ScriptAsTextBrowserTest extends BrowserHubTest {

    private static final String IMG = "<img src=x onerror=\"window.hubXss=1\">";
    private static final String SCRIPT = "<script>window.hubXss=2</script>";

    @Test
    void aPlanWhoseTextLooksLikeScriptIsShownAsTextInTasklist() {
        String title = "Fly-tipping " + IMG + " " + UUID.randomUUID().toString().substring(0, 6);
        String statement = "Rubbish dumped behind the shops every night " + SCRIPT + " and " + IMG;
        ResponseEntity<String> raised = as("kpatel").postForEntity("/api/pmps", Map.of("area", "coventry", "ward", "Foleshill",
                "source", "PACT_MEETING", "problemType", "ENVIRONMENTAL", "title", title, "problemStatement", statement,
                "evidence", List.of(SCRIPT, "Incident data: 30 calls")), String.class);
        assertThat(raised.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String ref = JsonPath.read(raised.getBody(), "$.reference");
        String taskName = "Triage " + ref + ": " + title;

        browser.logIn("tasklist", "ljones");
        browser.click(By.xpath("//a[starts-with(normalize-space(.), \"My area's team tasks\")]"));
        browser.waitUntil(d -> browser.texts(By.cssSelector("li.task h4.task a")).contains(taskName) ? true : null);
        browser.click(By.xpath("//li[contains(@class, 'task')]//h4//a[normalize-space(.)='" + taskName.replace("'", "") + "']"));
        browser.visible(By.cssSelector(".fjs-form"));

        // The name shows the markup as characters, in the list and as the task's heading.
        assertThat(browser.texts(By.cssSelector("li.task h4.task a"))).contains(taskName);
        assertThat(browser.texts(By.cssSelector("h2"))).contains(taskName);
        // The form's read-only copy of the statement holds it as typed.
        String shown = (String) ((JavascriptExecutor) browser.driver()).executeScript(
                "var f = document.querySelector(\".fjs-form [id$='-Field_problemStatement']\"); return f ? f.value : null;");
        assertThat(shown).isEqualTo(statement);
        browser.click(Browser.link("Description"));
        browser.waitUntil(d -> d.getPageSource().contains("&lt;img src=x onerror=") ? true : null);

        // Nothing of it became markup, and nothing of it ran.
        assertThat(browser.all(By.cssSelector("img[src='x']"))).isEmpty();
        assertThat(browser.all(By.xpath("//script[contains(., 'hubXss')]"))).isEmpty();
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.hubXss === undefined;"))
                .isEqualTo(true);
    }
}
