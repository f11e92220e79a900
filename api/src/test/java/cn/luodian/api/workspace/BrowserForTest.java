package cn.luodian.api.workspace;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.text.LatinWords;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian chromium driven by Selenium against the shared demo server. Without chromium and
 * chromedriver the browser tests skip loudly on a developer's machine and fail under CI=true
 * (.ci/run installs both).
 */
final class BrowserForTest implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** Chromium's Chinese interface (Debian chromium-l10n): native controls speak Chinese, as for the users. */
    static final Path CHINESE_LOCALE = Path.of("/usr/lib/chromium/locales/zh-CN.pak");
    static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    static final Duration WAIT = Duration.ofSeconds(20);

    /** A desktop screen and a phone (grid workers report from phones). */
    enum Screen {
        DESKTOP(1366, 768), PHONE(390, 844);

        final int width;
        final int height;

        Screen(int width, int height) {
            this.width = width;
            this.height = height;
        }
    }

    final WebDriver driver;
    final String baseUrl;
    final Screen screen;
    /** Every {@link #timed} click of this browser, printed when it closes. */
    final ClickTimes clicks = new ClickTimes();
    private final java.util.Set<String> signedIn = new java.util.LinkedHashSet<>();

    private BrowserForTest(WebDriver driver, String baseUrl, Screen screen) {
        this.driver = driver;
        this.baseUrl = baseUrl;
        this.screen = screen;
    }

    /** A new browser with an empty profile (so an empty cache) on the demo server. */
    static BrowserForTest open(Screen screen) {
        requireChromium();
        String baseUrl = "http://localhost:" + DemoServerForTest.port();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--no-first-run", "--lang=zh-CN", "--hide-scrollbars",
                "--force-device-scale-factor=1");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        // Console messages, including Chromium's "Failed to load resource" line for every failed request.
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        if (screen == Screen.PHONE) {
            options.setExperimentalOption("mobileEmulation", Map.of(
                    "deviceMetrics", Map.of("width", screen.width, "height", screen.height, "pixelRatio", 1.0, "touch", true),
                    "userAgent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36"));
        } else {
            options.addArguments("--window-size=" + screen.width + "," + screen.height);
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
        if (screen == Screen.DESKTOP) {
            // --window-size sets the outer window; make the page itself 1366×768.
            Object inner = driver.executeScript("return [window.outerWidth - window.innerWidth, window.outerHeight - window.innerHeight]");
            List<?> chrome = (List<?>) inner;
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(
                    screen.width + ((Number) chrome.get(0)).intValue(), screen.height + ((Number) chrome.get(1)).intValue()));
        }
        // Every new page watches, frame by frame, for the answer a timed page load waits for.
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", ANSWER_WATCH));
        return new BrowserForTest(driver, baseUrl, screen);
    }

    /**
     * Runs at the start of every page: when a {@link #timedPageLoad} named an answer (a CSS
     * selector, in sessionStorage, which the next page of the tab still sees), notes the page clock
     * (wall-clock milliseconds) of the first animation frame in which that element is visible.
     */
    private static final String ANSWER_WATCH = """
            (() => {
              const selector = sessionStorage.getItem('ld-test-answer');
              if (!selector) return;
              const until = performance.now() + 30000;
              const frame = (now) => {
                const element = document.querySelector(selector);
                if (element && element.checkVisibility()) {
                  window.__ldAnswerShownAt = performance.timeOrigin + now;
                } else if (now < until) {
                  requestAnimationFrame(frame);
                }
              };
              requestAnimationFrame(frame);
            })();
            """;

    static void requireChromium() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            if (!Files.exists(CHINESE_LOCALE)) {
                String note = "Chromium has no Chinese interface (" + CHINESE_LOCALE + ", Debian package chromium-l10n): "
                        + "date fields show the browser's English";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException(note + " (CI=true: install it, see .ci/run)");
                }
                System.err.println("*** " + note);
            }
            return;
        }
        String reason = "headless browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian packages chromium and chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(reason + " (CI=true: the browser tests must run)");
        }
        System.err.println("\n*** SKIPPING BROWSER TESTS: " + reason + "\n*** apt-get install chromium chromium-driver (see .ci/run).\n");
        Assumptions.abort(reason);
    }

    /** Signs in through the server's form, as a person does; the session cookie stays in this browser. */
    void signIn(String username) {
        signIn(username, username + "-demo");
    }

    void signIn(String username, String password) {
        signedIn.add(username);
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        WebElement submit = driver.findElement(By.cssSelector("button[type=submit]"));
        // Answered when the workspace the sign-in leads to is ready to use.
        timedPageLoad(ClickTimes.PAGE_LOAD + "登录 " + username, submit::click, "body[data-workspace-ready=true]",
                d -> !d.getCurrentUrl().contains("/login")
                        && "true".equals(d.findElement(By.tagName("body")).getAttribute("data-workspace-ready")));
    }

    /**
     * Sends a click that loads a whole page and waits, as {@link #timed}, until `answered` holds. The
     * time recorded runs from just before the click (this machine's wall clock) to the first frame
     * the new page drew with `answerSelector` visible (the page's clock: the same wall clock, see
     * ANSWER_WATCH), so it is what a person sees, not WebDriver's polling, whose round trips wait
     * behind the page's work for hundreds of milliseconds on a busy machine. Should the page's figure
     * be missing or outside the click and the test's sighting, the sighting counts.
     */
    void timedPageLoad(String what, Runnable click, String answerSelector, org.openqa.selenium.support.ui.ExpectedCondition<?> answered) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("sessionStorage.setItem('ld-test-answer', arguments[0]); delete window.__ldAnswerShownAt;", answerSelector);
        long start = System.currentTimeMillis();
        click.run();
        Object shownAt = new WebDriverWait(driver, WAIT, Duration.ofMillis(10)).until(d -> {
            Object answer = answered.apply(d);
            if (answer == null || Boolean.FALSE.equals(answer)) {
                return null;
            }
            Object at = js.executeScript("return window.__ldAnswerShownAt ?? 0;");
            return at instanceof Number n && n.doubleValue() > 0 ? n : null;
        });
        long seen = System.currentTimeMillis();
        js.executeScript("sessionStorage.removeItem('ld-test-answer');");
        double shown = ((Number) shownAt).doubleValue();
        clicks.add(what, shown >= start && shown <= seen ? Math.round(shown - start) : seen - start);
    }

    /** Opens the workspace at `pathAndQuery` and waits until the map is usable. */
    void openWorkspace(String pathAndQuery) {
        driver.get(baseUrl + pathAndQuery);
        waitFor(ExpectedConditions.attributeToBe(By.tagName("body"), "data-map-usable", "true"));
        // The map can be usable before the signed-in panels have loaded.
        waitFor(ExpectedConditions.attributeToBe(By.tagName("body"), "data-workspace-ready", "true"));
    }

    /**
     * Sends one click (or key) and waits for its answer on the page, polling every 10 ms; the time
     * from the click to the answer goes into {@link #clicks} under `what`.
     */
    <T> T timed(String what, Runnable click, org.openqa.selenium.support.ui.ExpectedCondition<T> answered) {
        long start = System.nanoTime();
        click.run();
        T answer = new WebDriverWait(driver, WAIT, Duration.ofMillis(10)).until(answered);
        clicks.add(what, (System.nanoTime() - start) / 1_000_000);
        return answer;
    }

    /** Opens a panel by its tab, through the tab bar's 更多 menu when the bar has no room for it. */
    void openTab(String id) {
        waitFor(ExpectedConditions.attributeToBe(By.id("tabs"), "data-fitted", "true"));
        WebElement tab = driver.findElement(By.id("tab-" + id));
        Runnable click = tab::click;
        if (!tab.isDisplayed()) {
            waitFor(By.id("tabs-more")).click();
            click = () -> waitFor(By.cssSelector("#tabs-more-menu [data-tab=" + id + "]")).click();
        }
        // Answered when the tab is selected and its panel's code has loaded (lazy panels, app/lazy-panel.js).
        timed("标签 " + id, click, d -> "true".equals(tab.getAttribute("aria-selected"))
                && !driver.findElements(By.cssSelector("#panel > *")).isEmpty()
                && driver.findElements(By.cssSelector("#panel [data-panel-loading]")).isEmpty());
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    <T> T waitFor(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Saves a screenshot as target/e2e-screenshots/{name}-{screen}.png (a build artefact). */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File file = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + "-" + screen.name().toLowerCase() + ".png");
            Files.copy(file.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Takes a workflow step in the open case panel (button, then its confirm) and waits for the new state. */
    void act(String action, String expectedState) {
        act(action, expectedState, null);
    }

    /** The same with a note typed into the step's 说明 (some steps require one, 反馈 for example). */
    void act(String action, String expectedState, String note) {
        waitFor(By.cssSelector("[data-testid=case-actions] [data-action=" + action + "]")).click();
        if (note != null) {
            waitFor(By.cssSelector("textarea[name=note]")).sendKeys(note);
        }
        WebElement confirm = waitFor(By.cssSelector("[data-confirm=" + action + "]"));
        timed("步骤 " + action, confirm::click,
                ExpectedConditions.textToBe(By.cssSelector("[data-testid=case-state]"), expectedState));
    }

    /** A small PNG photo of one colour with a dark disc, as a temporary file to upload. */
    static Path photoFile(java.awt.Color ground) {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(160, 120, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.setColor(ground);
            g.fillRect(0, 0, 160, 120);
            g.setColor(new java.awt.Color(0x30343a));
            g.fillOval(50, 30, 60, 60);
            g.dispose();
            Path file = Files.createTempFile("luodian-photo", ".png");
            javax.imageio.ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails on any console error and any failed request since the last call, except the failed
     * requests whose URL contains one of `expectedFailures` (a test that provokes a 400 names it).
     * Chromium reports a failed request as a console error "URL - Failed to load resource: …".
     */
    void assertNoConsoleErrorsOrFailedRequests(String... expectedFailures) {
        List<String> problems = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() < Level.SEVERE.intValue()) {
                continue;
            }
            String message = entry.getMessage();
            boolean expected = message.contains("Failed to load resource")
                    && Arrays.stream(expectedFailures).anyMatch(message::contains);
            if (!expected) {
                problems.add(message);
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("console errors or failed requests on " + driver.getCurrentUrl() + ":\n  "
                    + String.join("\n  ", problems));
        }
    }

    /**
     * Fails when the visible page shows a Latin-script word that is not a code, number or unit. The
     * map's attribution is left out: it credits works by their own names (licences require them).
     */
    void assertPageIsChinese(String where) {
        String text = String.valueOf(script("""
                const credits = [...document.querySelectorAll('.leaflet-control-attribution')];
                const saved = credits.map((c) => c.style.display);
                credits.forEach((c) => { c.style.display = 'none'; });
                const text = document.body.innerText;
                credits.forEach((c, i) => { c.style.display = saved[i]; });
                return text;"""));
        List<String> words = LatinWords.in(text);
        if (!words.isEmpty()) {
            throw new AssertionError(where + ": Latin-script words on screen " + words);
        }
        // A native file button says "Choose Files" in the browser's language, which innerText misses.
        Number nativeFileButtons = (Number) script("""
                return [...document.querySelectorAll('input[type=file]')].filter((input) => {
                  const box = input.getBoundingClientRect();
                  return box.width > 2 && box.height > 2 && getComputedStyle(input).visibility !== 'hidden';
                }).length;""");
        if (nativeFileButtons.intValue() > 0) {
            throw new AssertionError(where + ": " + nativeFileButtons + " native file button(s) on screen (use ui/dom.js filePicker)");
        }
    }

    /** Both checks after a step of a role's day: nothing broke, and everything shown is Chinese. */
    void assertCleanChinesePage(String where, String... expectedFailures) {
        assertNoConsoleErrorsOrFailedRequests(expectedFailures);
        assertPageIsChinese(where);
    }

    @Override
    public void close() {
        if (clicks.count() > 0) {
            clicks.report(String.join(",", signedIn) + " " + screen.name().toLowerCase(java.util.Locale.ROOT));
        }
        driver.quit();
    }
}
