package se.samverkan.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Selenium: every page visited is saved as a screenshot in
 * {@code target/screenshots/} and checked with axe-core against WCAG 2.1 A and AA.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final WebDriver driver;
    private final String baseUrl;
    private final Path profile;

    Browser(String baseUrl) {
        if (!ChromiumAvailable.installed()) {
            throw new IllegalStateException("Chromium is required on CI but missing. Install it with: "
                    + ChromiumAvailable.INSTALL);
        }
        this.baseUrl = baseUrl;
        try {
            this.profile = Files.createTempDirectory("samverkan-chromium");
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ChromiumAvailable.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=sv-SE", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(ChromiumAvailable.CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Saves a screenshot named after the page and fails on any WCAG 2.1 A/AA violation. */
    void check(String name) {
        screenshot(name);
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        List<Rule> violations = results.getViolations();
        if (!violations.isEmpty()) {
            String report = violations.stream()
                    .map(rule -> rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
                            .map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
                    .collect(Collectors.joining("\n  "));
            throw new AssertionError("Accessibility violations on " + name + " (" + driver.getCurrentUrl()
                    + "):\n  " + report);
        }
    }

    /** Saves the whole page, not only the window: the window grows to the page's height for the picture. */
    void screenshot(String name) {
        Dimension window = driver.manage().window().getSize();
        Number height = (Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight;");
        int fullHeight = Math.min(Math.max(height.intValue() + 150, window.getHeight()), 8000);
        driver.manage().window().setSize(new Dimension(window.getWidth(), fullHeight));
        try {
            Path file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(file, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            driver.manage().window().setSize(window);
        }
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    void logIn(String email, String password) {
        open("/login");
        type("username", email);
        type("password", password);
        clickAndWait(By.cssSelector("form.form button[type=submit]"));
    }

    void logOut() {
        clickAndWait(By.cssSelector("form[action$='/logout'] button"));
    }

    void type(String id, String text) {
        WebElement field = find(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Sets a date field's value (typing into Chromium's date widget depends on the browser's locale). */
    void setDate(String id, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].value = arguments[1];", find(By.id(id)), isoDate);
    }

    /** The page's width beyond the window, in CSS pixels: 0 when nothing makes the page scroll sideways. */
    long horizontalOverflow() {
        return (Long) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "var d = document.documentElement; return d.scrollWidth - d.clientWidth;");
    }

    /**
     * The innermost elements that reach beyond the window's right edge, to say what makes a page scroll sideways.
     * Content that scrolls inside a table wrapper which itself fits does not count.
     */
    @SuppressWarnings("unchecked")
    List<String> overflowingElements() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                var width = document.documentElement.clientWidth;
                function over(e) { return e.getBoundingClientRect().right > width + 1; }
                function counts(e) {
                  var wrapper = e.parentElement && e.parentElement.closest('.table-wrapper');
                  return over(e) && !(wrapper && !over(wrapper));
                }
                var found = [];
                document.querySelectorAll('body *').forEach(function (e) {
                  if (counts(e) && !Array.from(e.children).some(counts)) {
                    var name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                        + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
                    found.push(name + ' (' + Math.round(e.getBoundingClientRect().right) + ' px): '
                        + (e.textContent || '').trim().slice(0, 40));
                  }
                });
                return found;""");
    }

    void submit() {
        clickAndWait(By.cssSelector("form.form button[type=submit]"));
    }

    /** Clicks something that loads a new page and waits until the old page is gone. */
    void clickAndWait(By by) {
        WebElement oldPage = find(By.tagName("html"));
        find(by).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        // Chromium may answer a lookup of an element of the unloaded page with an inspector error rather than
        // "stale element"; either means the old page is gone.
        wait.until(d -> {
            try {
                oldPage.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        // The old page is gone as soon as the new one starts; elements found before it has loaded can vanish.
        wait.until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                .executeScript("return document.readyState")));
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    String title() {
        return driver.getTitle();
    }

    String heading() {
        return find(By.tagName("h1")).getText();
    }

    String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    /** The visible text of every element that matches, in page order. */
    List<String> texts(By by) {
        return driver.findElements(by).stream().map(WebElement::getText).toList();
    }

    /**
     * Fetches a path over HTTP with the browser's session cookie, as a download link would: the body, after
     * checking that the answer is 200.
     */
    byte[] download(String path) {
        org.openqa.selenium.Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + path))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        try {
            java.net.http.HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new AssertionError(path + " answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String pageText() {
        return find(By.tagName("body")).getText();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
