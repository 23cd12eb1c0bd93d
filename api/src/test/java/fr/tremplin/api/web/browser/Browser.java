package fr.tremplin.api.web.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Debian chromium driven through the system chromedriver (paths given explicitly: Selenium Manager is
 * never asked to download anything), with the checks every page of the journeys must pass.
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final int WIDTH = 1280;

    private final String base;
    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    Browser(String base) {
        this.base = base;
        Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
        System.setProperty("SE_OFFLINE", "true");
        try {
            profile = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "chromium-profile-");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the browser's directories under target/", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BrowserAvailable.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-extensions", "--lang=fr-FR", "--window-size=" + WIDTH + ",1000",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(BrowserAvailable.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    void type(String css, String text) {
        WebElement field = find(css);
        field.clear();
        field.sendKeys(text);
    }

    void click(String css) {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(css))).click();
    }

    String title() {
        return driver.getTitle();
    }

    /** The id of the focused element ("" when none has one). */
    String activeElementId() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    void waitFor(String css) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    void waitUntilPathStartsWith(String prefix) {
        wait.until(d -> path().startsWith(prefix));
    }

    /** Waits until the autocomplete list of a field has proposals, and returns the first one. */
    String firstProposal(String datalistId) {
        wait.until(d -> !d.findElements(By.cssSelector("datalist#" + datalistId + " option")).isEmpty());
        return driver.findElement(By.cssSelector("datalist#" + datalistId + " option")).getAttribute("value");
    }

    void login(String username) {
        open("/connexion");
        driver.manage().deleteAllCookies();
        open("/connexion");
        type("#username", username);
        type("#password", "demo");
        click("#se-connecter");
        wait.until(d -> !path().startsWith("/connexion"));
    }

    void logout() {
        click("#deconnexion");
        waitUntilPathStartsWith("/connexion");
    }

    /** A full-page PNG under target/screenshots, then the accessibility basics of the page. */
    Path check(String name) {
        Long height = (Long) ((JavascriptExecutor) driver).executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight);");
        driver.manage().window().setSize(new Dimension(WIDTH, (int) Math.min(Math.max(height, 800), 6000)));
        Path file = SCREENSHOTS.resolve(name + ".png");
        try {
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        driver.manage().window().setSize(new Dimension(WIDTH, 1000));
        assertAccessibilityBasics(name);
        assertNoAxeViolations(name);
        return file;
    }

    @SuppressWarnings("unchecked")
    private void assertAccessibilityBasics(String page) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat(js.executeScript("return document.documentElement.lang")).as("html lang of %s", page).isEqualTo("fr");
        assertThat(((Number) js.executeScript("return document.querySelectorAll('h1').length")).intValue())
                .as("number of h1 on %s", page).isEqualTo(1);
        assertThat((String) js.executeScript("return document.title")).as("title of %s", page).isNotBlank();
        List<String> unlabelled = (List<String>) js.executeScript("""
                return Array.from(document.querySelectorAll('input, select, textarea'))
                  .filter(e => !['hidden', 'submit', 'button', 'reset', 'image'].includes(e.type))
                  .filter(e => !(e.labels && e.labels.length > 0)
                            && !(e.getAttribute('aria-label') || '').trim()
                            && !(e.getAttribute('aria-labelledby') || '').trim())
                  .map(e => e.outerHTML.substring(0, 160));""");
        assertThat(unlabelled).as("form fields without a label on %s", page).isEmpty();
        List<String> imagesWithoutAlt = (List<String>) js.executeScript(
                "return Array.from(document.querySelectorAll('img:not([alt])')).map(e => e.outerHTML.substring(0, 120));");
        assertThat(imagesWithoutAlt).as("images without alt on %s", page).isEmpty();
    }

    /**
     * axe-core's rules on the page when {@code TREMPLIN_AXE_JS} names its {@code axe.min.js} (from the npm package
     * {@code axe-core}: {@code npm install axe-core}, then {@code TREMPLIN_AXE_JS=node_modules/axe-core/axe.min.js});
     * injected through the driver, which the page's Content-Security-Policy does not restrict.
     */
    @SuppressWarnings("unchecked")
    private void assertNoAxeViolations(String page) {
        String path = System.getenv("TREMPLIN_AXE_JS");
        if (path == null || path.isBlank()) {
            return;
        }
        String axe;
        try {
            axe = Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read axe-core from TREMPLIN_AXE_JS=" + path, e);
        }
        driver.manage().timeouts().scriptTimeout(java.time.Duration.ofSeconds(30));
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        List<String> violations = (List<String>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.nodes.length + '): '
                      + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))))
                  .catch(e => done(['axe-core failed: ' + e]));""");
        assertThat(violations).as("axe-core violations on %s", page).isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the browser profile " + profile, e);
        }
    }
}
