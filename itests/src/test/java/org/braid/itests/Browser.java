package org.braid.itests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium, driven through chromedriver, with axe-core checks and screenshots. */
final class Browser implements AutoCloseable {
    private final java.util.List<String> accessibility = new java.util.ArrayList<>();
    final ChromeDriver driver;
    final String base;
    private final String axe;
    /** Chromium's profile for this browser only, removed when it closes. */
    private final Path profile;

    Browser(int port) throws IOException {
        profile = Files.createTempDirectory("braid-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        base = "http://localhost:" + port + "/";
        axe = Files.readString(Path.of(System.getProperty("braid.axe")));
    }

    void open(String hash) {
        driver.get(base + hash);
    }

    /** Waits for a visible element; on a timeout keeps a screenshot and the page's HTML for the report. */
    WebElement await(By by) {
        try {
            // a page that redraws itself replaces the element between finding and looking at it: look again
            return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                List<WebElement> found = d.findElements(by);
                return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                screenshot("failed-wait");
                Files.writeString(Path.of("target", "screenshots", "failed-wait.html"), driver.getPageSource());
            } catch (IOException ignored) {
                // the timeout is what matters
            }
            throw new AssertionError("not shown within 10 s: " + by + " on " + driver.getCurrentUrl(), e);
        }
    }

    boolean gone(By by, Duration within) {
        try {
            new WebDriverWait(driver, within).until(d -> d.findElements(by).isEmpty());
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    void signIn(String user, String password) {
        open("#/signin");
        await(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        await(By.xpath("//h1[starts-with(., 'Welcome')]"));
    }

    void signOut() {
        await(By.xpath("//button[.='Sign out']")).click();
        await(By.id("username"));
    }

    /** Screenshots the page and fails on the serious or critical axe-core violations seen so far in this browser. */
    void checkPage(String name) throws IOException {
        screenshot(name);
        for (String p : accessibilityProblems()) accessibility.add(name + ": " + p);
        org.junit.jupiter.api.Assertions.assertEquals(List.of(), accessibility, "serious or critical accessibility problems");
    }

    /** The same page at these CSS widths (a tablet, 200 % zoom, a phone): nothing needs sideways scrolling, axe stays clean. */
    void checkWidths(String name, int... widths) throws IOException {
        for (int width : widths) {
            viewport(width);
            await(By.cssSelector("main h1"));
            org.junit.jupiter.api.Assertions.assertFalse(overflowsSideways(), name + " is wider than " + width + " px");
            checkPage(name + "-" + width);
        }
        fullViewport();
    }

    /** @return the serious and critical axe-core violations of the page as it is now */
    @SuppressWarnings("unchecked")
    List<String> accessibilityProblems() {
        JavascriptExecutor js = driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations"
                + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join(', '))));");
        return (List<String>) result;
    }

    void screenshot(String name) throws IOException {
        js("window.scrollTo(0, 0)");
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

    void width(int px) {
        driver.manage().window().setSize(new Dimension(px, 900));
    }

    /** Lays the page out at a CSS width below Chrome's smallest window (a phone at 390 px; 640 px is 1280 px at 200 % zoom). */
    void viewport(int cssWidth) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", cssWidth, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    void fullViewport() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** @return whether the page is wider than the window, so that reading it needs scrolling in two directions */
    boolean overflowsSideways() {
        return Boolean.TRUE.equals(js("return document.documentElement.scrollWidth > window.innerWidth + 1"));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    Map<String, Object> timing() {
        @SuppressWarnings("unchecked")
        Map<String, Object> t = (Map<String, Object>) js("const n = performance.getEntriesByType('navigation')[0];"
                + "return { domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd };");
        return t;
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // a profile left behind in the temporary folder is untidy, not a failed test
        }
    }
}
