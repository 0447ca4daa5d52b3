package org.problemsolvinghub.browser;

import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.problemsolvinghub.HubTest;

/**
 * The hub as its users see it: the shared test hub (PostgreSQL, demo force) with a headless Chromium per
 * test. Every test leaves a screenshot of its last screen in target/browser/ (Class.method.png), and on
 * failure the page's HTML and the browser console beside it.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
abstract class BrowserHubTest extends HubTest {

    protected Browser browser;

    /** Runs after the test and before @AfterEach, while the browser still shows the last screen. */
    @RegisterExtension
    final AfterTestExecutionCallback lastScreen = context -> {
        if (browser != null) {
            String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
            browser.screenshot(name);
            if (context.getExecutionException().isPresent()) {
                browser.savePage(name);
            }
        }
    };

    @BeforeEach
    void openBrowser() {
        ClockUtil.reset();
        browser = Browser.open(port);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
