package org.problemsolvinghub.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.problemsolvinghub.organisation.HubGroups;

/** Camunda Admin as the administrator uses it, and the first-admin set-up that nobody can use. */
class AdminBrowserTest extends BrowserHubTest {

    /** Admin lists groups a page at a time, by id. */
    private static final int PAGE = 50;

    @Test
    void theAdministratorSeesTheGroupsPerRoleAndAreaWithTheirPeople() {
        Map<String, String> expected = new LinkedHashMap<>();
        identityService.createGroupQuery().list().stream().sorted(Comparator.comparing(Group::getId)).limit(PAGE)
                .forEach(g -> expected.put(g.getId(), g.getName()));
        assertThat(expected).containsKeys("officers-coventry", "supervisors-coventry", "partner-coventry-council-asb")
                .containsKeys(HubGroups.ROLES.toArray(String[]::new));

        browser.logIn("admin", "demo");
        browser.goTo("admin", "#/groups");
        Map<String, String> listed = browser.waitUntil(d -> {
            Map<String, String> rows = new LinkedHashMap<>();
            for (WebElement row : browser.all(By.cssSelector("tr[ng-repeat='group in groupList']"))) {
                rows.put(row.findElement(By.cssSelector("td.group-id")).getText().strip(),
                        row.findElement(By.cssSelector("td.group-name")).getText().strip());
            }
            return rows.size() == expected.size() ? rows : null;
        });
        assertThat(listed).isEqualTo(expected);
        assertThat(listed).containsEntry("supervisors-coventry", "Supervisors, Coventry")
                .containsEntry("partner-coventry-council-asb", "Coventry City Council ASB team");

        assertMembers("supervisors-coventry", "ljones");
        assertMembers("partner-coventry-council-asb", "hmorris");
    }

    @Test
    void theFirstAdminSetUpIsClosed() {
        // The set-up page itself is refused...
        browser.goTo("admin", "setup/");
        browser.visible(By.xpath("//div[contains(., 'status=403')]"));
        assertThat(browser.all(By.cssSelector("input"))).isEmpty();

        // ...and so is its API, to a browser with a session and a valid XSRF token.
        browser.logIn("admin", "demo");
        browser.goTo("admin", "#/users");
        browser.visible(By.cssSelector("tr[ng-repeat='user in userList']"));
        String newAdmin = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\",\"email\":\"i@n.example\"},"
                + "\"credentials\":{\"password\":\"intruder1\"}}";
        assertThat(post("/camunda/api/admin/setup/default/user/create", newAdmin)).isEqualTo(403L);
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
        // The same token and session are good for what the administrator may do.
        assertThat(post("/camunda/api/admin/auth/user/default/logout", "")).isEqualTo(200L);
        browser.reload();
        browser.visible(By.cssSelector("input[ng-model=username]"));
    }

    private void assertMembers(String group, String member) {
        browser.goTo("admin", "#/groups/" + group + "?tab=users");
        browser.visible(By.xpath("//tr[@ng-repeat='user in groupUserList']//a[normalize-space(.)='" + member + "']"));
    }

    /** A POST from the page as Admin's own scripts send it: the session cookie and the XSRF token from its cookie. */
    private Object post(String path, String json) {
        return browser.async("""
                const done = arguments[arguments.length - 1];
                const token = (document.cookie.match(/XSRF-TOKEN=([^;]+)/) || [])[1];
                fetch(arguments[0], {method: 'POST', headers: {'Content-Type': 'application/json', 'X-XSRF-TOKEN': token},
                        body: arguments[1]}).then(r => done(r.status), e => done('failed: ' + e));
                """, path, json);
    }
}
