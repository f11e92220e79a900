package cn.luodian.api.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo's published 第192期 page in headless Chromium (Debian's chromium and chromedriver): the
 * entries are there, in their sections, their images loaded; a full-page screenshot is saved
 * under target/exposure/ for a person to look at.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class ExposureScreenshotTest {

    private static ChromeDriver browser() {
        ExternalToolForTest.require("/usr/bin/chromium", "chromium");
        ExternalToolForTest.require("/usr/bin/chromedriver", "chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    @Test
    void thePublishedPageShowsEveryEntryInABrowser() throws Exception {
        int port = DemoServerForTest.port();
        List<Map> entries = (List<Map>) DemoServerForTest.http().get().uri("/api/v1/exposure/published/tongzhou/192")
                .retrieve().body(Map.class).get("entries");
        ChromeDriver browser = browser();
        try {
            browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
            browser.manage().window().setSize(new Dimension(900, 1200));
            browser.get("http://localhost:" + port + "/exposure/tongzhou/192");
            assertThat(browser.getTitle()).contains("第192期");
            assertThat(browser.findElement(By.cssSelector(".masthead h1")).getText()).isEqualTo("挂账督办");

            List<WebElement> shown = browser.findElements(By.cssSelector("[data-case]"));
            assertThat(shown).hasSize(entries.size());
            String body = browser.findElement(By.tagName("body")).getText();
            for (Map e : entries) {
                assertThat(body).contains((String) e.get("text"));
            }
            assertThat(browser.findElements(By.cssSelector(".rectified .pair"))).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector(".new .entry"))).isNotEmpty();
            assertThat(browser.findElements(By.cssSelector(".carried tbody tr"))).isNotEmpty();
            // Every image arrived and decoded (a broken one has naturalWidth 0).
            Object broken = browser.executeScript(
                    "return Array.from(document.images).filter(i => !i.complete || i.naturalWidth === 0).length");
            assertThat(((Number) broken).intValue()).isZero();

            long heightPx = ((Number) browser.executeScript("return document.documentElement.scrollHeight")).longValue();
            browser.manage().window().setSize(new Dimension(900, (int) Math.min(heightPx + 40, 12000)));
            Path dir = Files.createDirectories(Path.of("target", "exposure"));
            Files.write(dir.resolve("tongzhou-192-page.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
        }
    }

    /** The desk (挂账督办工作台) as the demo supervisor: the periods, a period's entries, and its preview. */
    @Test
    void theDeskShowsThePeriodsEntriesAndPreview() throws Exception {
        int port = DemoServerForTest.port();
        ChromeDriver browser = browser();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.manage().window().setSize(new Dimension(1600, 1100));
            browser.get("http://localhost:" + port + "/exposure-desk.html");
            // Not signed in: the login form first, then back to the desk.
            browser.findElement(By.id("username")).sendKeys("duban");
            browser.findElement(By.id("password")).sendKeys("duban-demo");
            browser.findElement(By.cssSelector("form button, form [type=submit]")).click();
            wait.until(d -> d.getCurrentUrl().contains("/exposure-desk.html")); // Spring Security adds ?continue
            wait.until(d -> d.findElements(By.cssSelector("#periods li")).size() >= 2);
            wait.until(d -> d.findElement(By.id("period-label")).getText().contains("第192期"));
            wait.until(d -> !d.findElements(By.cssSelector("#entries tr td")).isEmpty());
            String entries = browser.findElement(By.id("entries")).getText();
            assertThat(entries).contains("整治前后对比").contains("新发现问题").contains("继续挂账");
            assertThat(browser.findElement(By.id("summary")).getText()).startsWith("本期选取了");
            assertThat(browser.findElement(By.id("actions")).getText()).contains("勘误");
            assertThat(browser.findElement(By.id("preview")).getAttribute("src")).contains("/preview");
            // The preview is the server's page of the period, in a frame.
            browser.switchTo().frame(browser.findElement(By.id("preview")));
            wait.until(d -> !d.findElements(By.cssSelector(".masthead h1")).isEmpty());
            assertThat(browser.findElement(By.cssSelector(".masthead")).getText()).contains("第192期");
            browser.switchTo().defaultContent();
            Path dir = Files.createDirectories(Path.of("target", "exposure"));
            Files.write(dir.resolve("exposure-desk.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } finally {
            browser.quit();
        }
    }
}
