package org.problemsolvinghub.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven through its own chromedriver: the paths are given, so Selenium
 * Manager never looks for (or downloads) a browser. One browser per test, with a profile of its own.
 * Knows the Camunda webapps' login and the Camunda Forms (form-js) fields; every wait is bounded.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SCREENSHOTS = Path.of("target", "browser");

    /** Generous: the suite shares two cores with whatever else the machine builds. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    /** Selenium warns that Chromium's DevTools protocol is newer than its own; the WebDriver protocol is all we use. */
    private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");
    private static final Logger CHROMIUM_LOG = Logger.getLogger("org.openqa.selenium.chromium");

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    private Browser(ChromeDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    static Browser open(int port) {
        CDP_LOG.setLevel(Level.SEVERE);
        CHROMIUM_LOG.setLevel(Level.SEVERE);
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("The browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): apt-get install chromium chromium-driver, or run .ci/run");
        }
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        Path profile;
        try {
            profile = Files.createTempDirectory("hub-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-GB",
                "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(WAIT);
        return new Browser(driver, "http://localhost:" + port, profile);
    }

    WebDriver driver() {
        return driver;
    }

    /** Opens a page of the hub: "/camunda/app/tasklist/default/#/...". */
    void go(String path) {
        driver.get(base + path);
    }

    /** Opens a webapp's route: app "cockpit", route "#/processes". */
    void goTo(String app, String route) {
        go("/camunda/app/" + app + "/default/" + route);
    }

    /** Loads the page again, as the browser's reload button does (going to the same address only moves within it). */
    void reload() {
        driver.navigate().refresh();
    }

    /**
     * Logs in to one of the webapps with the demo password, as a new visitor: the page of whoever was in
     * before is left first (so none of its requests still in flight can set a cookie), then every cookie goes.
     */
    void logIn(String app, String user) {
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        goTo(app, "");
        enter(By.cssSelector("input[ng-model=username]"), user);
        enter(By.cssSelector("input[ng-model=password]"), "demo");
        click(By.cssSelector("button[type=submit]"));
        visible(By.cssSelector("li.account"));
    }

    /** Types into an input until it holds the text: the login form may be drawn again as the app starts. */
    private void enter(By input, String text) {
        waitUntil(d -> {
            WebElement element = d.findElement(input);
            if (!element.isDisplayed()) {
                return false;
            }
            element.clear();
            element.sendKeys(text);
            return text.equals(element.getDomProperty("value"));
        });
    }

    <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .ignoring(ElementClickInterceptedException.class).ignoring(ElementNotInteractableException.class)
                .until(condition);
    }

    WebElement visible(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    List<String> texts(By by) {
        return waitUntil(d -> d.findElements(by).stream().map(WebElement::getText).map(String::strip).toList());
    }

    /** Clicks the element once it shows, found afresh each try: the webapps redraw parts of the page as data arrives. */
    void click(By by) {
        waitUntil(d -> {
            WebElement element = d.findElement(by);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            clickInView(element);
            return true;
        });
    }

    /** Scrolls the element to the middle first: the webapps' fixed header and footer cover the edges. */
    private void clickInView(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    static By button(String text) {
        return By.xpath("//button[normalize-space(.)='" + text + "']");
    }

    static By link(String text) {
        return By.xpath("//a[normalize-space(.)=\"" + text + "\"]");
    }

    /** Runs a script in the page that calls back with a result (the last argument). */
    Object async(String script, Object... args) {
        return driver.executeAsyncScript(script, args);
    }

    // Camunda Forms (form-js): a field's element id is "fjs-form-<form>-Field_<key>".

    private static By field(String key) {
        return By.cssSelector(".fjs-form [id$='-Field_" + key + "']");
    }

    /** What a form field holds, once Tasklist has filled the form in from the task's variables. */
    String value(String key) {
        return waitUntil(d -> {
            String value = d.findElement(field(key)).getDomProperty("value");
            return value == null || value.isBlank() ? null : value;
        });
    }

    void type(String key, String text) {
        click(field(key));
        driver.findElement(field(key)).sendKeys(text);
    }

    void check(String key) {
        waitUntil(d -> {
            WebElement box = d.findElement(field(key));
            if (!box.isSelected()) {
                clickInView(box);
            }
            return box.isSelected();
        });
    }

    /** Picks a radio button of the field by its label. */
    void choose(String key, String label) {
        click(By.xpath("//label[contains(@for, '-Field_" + key + "-') and normalize-space(.)=\"" + label + "\"]"));
    }

    /** The options a select (plain or searchable) offers once opened. */
    List<String> options(String key) {
        openSelect(key);
        List<String> options = texts(By.cssSelector(".fjs-dropdownlist-item"));
        // Click beside the list to close it (Escape would also close a dialog the form is in, Tab leaves it open).
        click(By.cssSelector(".fjs-form [id$='-Field_" + key + "-description'], .fjs-form label[for$='-Field_" + key + "']"));
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-dropdownlist")));
        return options;
    }

    /** Picks an option of a select (plain or searchable) by its label. */
    void select(String key, String label) {
        openSelect(key);
        click(By.xpath("//div[contains(@class, 'fjs-dropdownlist-item') and normalize-space(.)=\"" + label + "\"]"));
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-dropdownlist")));
    }

    /** A plain select opens from its display, a searchable one from its search input. */
    private void openSelect(String key) {
        By opener = By.cssSelector(".fjs-form [id$='-Field_" + key + "-display'], .fjs-form input.fjs-input[id$='-Field_" + key + "']");
        waitUntil(d -> {
            if (!d.findElements(By.cssSelector(".fjs-dropdownlist")).isEmpty()) {
                return true;
            }
            // A list opens as its field gains focus: a field that still has it from before must lose it first.
            driver.executeScript("if (document.activeElement) document.activeElement.blur()");
            clickInView(d.findElement(opener));
            return !d.findElements(By.cssSelector(".fjs-dropdownlist")).isEmpty();
        });
    }

    /** The messages form-js shows under the field. */
    String errors(String key) {
        return visible(By.cssSelector(".fjs-form [id$='-Field_" + key + "-error-message']")).getText().strip();
    }

    // What a failure leaves behind to look at.

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's HTML and the browser console, next to the screenshot. */
    void savePage(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
            Files.writeString(SCREENSHOTS.resolve(name + ".console.txt"), driver.manage().logs().get(LogType.BROWSER)
                    .getAll().stream().map(Object::toString).collect(Collectors.joining("\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            } catch (IOException e) {
                // a temporary profile left behind is harmless
            }
        }
    }
}
