package cn.luodian.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.workspace.BrowserForTest.Screen;
import cn.luodian.geo.crs.GaussKrugerProjection;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.awt.Color;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/**
 * A grid worker patrols from a phone (390×844): the demo worker of 漷县镇村庄第二网格 opens 巡查 and
 * reads today's coverage of their cells, 开始巡查, walks 200 m east from the middle of one of their
 * cells (the phone's position faked through Chrome DevTools), reports a problem found on the way
 * from 我的位置 with a photo, walks on, 结束巡查, and reads how far the patrol went, how many unit
 * grid cells it passed and that the walked cells now count as patrolled; the server holds the same.
 */
class WorkspacePatrolTest {
    private static final String WORKER = "huoxian-wgy3";
    private static final String PASSWORD = WORKER + "-demo";
    private static final Pattern COVERAGE = Pattern.compile("今日已巡查 (\\d+) / (\\d+) 个单元网格.*");
    private static BrowserForTest browser;
    private static RestClient asWorker;
    private static Coordinate start;

    @BeforeAll
    static void openBrowser() {
        browser = BrowserForTest.open(Screen.PHONE);
        asWorker = DemoServerForTest.http().mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Basic "
                + Base64.getEncoder().encodeToString((WORKER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
        // The middle of the first cell of the worker's own 责任网格, as the server says.
        Map grids = asWorker.get().uri("/api/v1/grids").retrieve().body(Map.class);
        Map mine = ((List<Map>) grids.get("grids")).stream()
                .filter(g -> ((List<Map>) g.get("workers")).stream().anyMatch(w -> WORKER.equals(w.get("username"))))
                .findFirst().orElseThrow();
        String cell = (String) ((List<?>) mine.get("cells")).get(0);
        List<List<Number>> ring = (List<List<Number>>) ((List<?>) ((Map) asWorker.get().uri("/api/v1/grid/cells/{code}", cell)
                .retrieve().body(Map.class).get("geometry")).get("coordinates")).get(0);
        double lon = ring.stream().mapToDouble(c -> c.get(0).doubleValue()).average().orElseThrow();
        double lat = ring.stream().mapToDouble(c -> c.get(1).doubleValue()).average().orElseThrow();
        start = new Coordinate(lon, lat);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Where the phone says it is: {@code eastMetres} east of the start, measured in EPSG:4548. */
    private static void phoneAt(double eastMetres) {
        GaussKrugerProjection epsg4548 = GaussKrugerProjection.beijing();
        Coordinate from = epsg4548.toMetric(start.x, start.y);
        Coordinate here = epsg4548.toGeographic(from.x + eastMetres, from.y);
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setGeolocationOverride",
                Map.of("latitude", here.y, "longitude", here.x, "accuracy", 5));
    }

    private static void walk(int fromStep, int toStep) throws InterruptedException {
        for (int step = fromStep; step <= toStep; step++) {
            // Each fix a little later than the last, as a walking phone's are.
            Thread.sleep(300);
            phoneAt(20.0 * step);
        }
    }

    private static int walkedCells() {
        Matcher shown = COVERAGE.matcher(browser.waitFor(ExpectedConditions.textMatches(
                By.cssSelector("[data-testid=patrol-coverage]"), COVERAGE)) ? text("patrol-coverage") : "");
        assertThat(shown.matches()).isTrue();
        return Integer.parseInt(shown.group(1));
    }

    private static String text(String testId) {
        return browser.driver.findElement(By.cssSelector("[data-testid=" + testId + "]")).getText();
    }

    @Test
    void aGridWorkerPatrolsReportsWithAPhotoOnTheWayAndSeesTheCellsWalked() throws InterruptedException {
        ((ChromeDriver) browser.driver).executeCdpCommand("Browser.grantPermissions",
                Map.of("origin", browser.baseUrl, "permissions", List.of("geolocation")));
        phoneAt(0);
        browser.signIn(WORKER, PASSWORD);
        browser.openWorkspace(String.format(java.util.Locale.ROOT, "/#16/%.5f/%.5f", start.y, start.x));
        List<String> tabs = browser.driver.findElements(By.cssSelector("#tabs button")).stream()
                .map(b -> b.getAttribute("data-tab")).toList();
        assertThat(tabs).containsExactly("cases", "report", "tasks", "patrol");

        // 1. Ready: today's coverage of the worker's cells, before the walk.
        browser.openTab("patrol");
        var toggle = browser.waitFor(By.cssSelector("[data-testid=patrol-toggle]"));
        assertThat(toggle.getText()).isEqualTo("开始巡查");
        int walkedBefore = walkedCells();
        Map before = asWorker.get().uri("/api/v1/grids/patrols/coverage").retrieve().body(Map.class);
        assertThat(((Number) before.get("visitedCount")).intValue()).isEqualTo(walkedBefore);
        assertThat(text("patrol-coverage")).contains("/ " + before.get("cellCount") + " 个单元网格");
        browser.assertCleanChinesePage("巡查面板");
        browser.screenshot("patrol-1-ready");

        // 2. Start and walk half the way.
        toggle.click();
        browser.waitFor(ExpectedConditions.textToBe(By.cssSelector("[data-testid=patrol-toggle]"), "结束巡查"));
        browser.waitFor(ExpectedConditions.textMatches(By.cssSelector("[data-testid=patrol-status]"), Pattern.compile("巡查中.*待发送 1 个")));
        walk(1, 5);
        browser.waitFor(ExpectedConditions.textMatches(By.cssSelector("[data-testid=patrol-status]"),
                Pattern.compile("巡查中.*(已发送|待发送) \\d+ 个")));
        browser.assertCleanChinesePage("巡查中");
        browser.screenshot("patrol-2-walking");

        // 3. A problem on the way: 上报 at 我的位置, with a photo; the patrol goes on meanwhile.
        browser.openTab("report");
        browser.waitFor(By.cssSelector("[data-testid=my-location]")).click();
        WebElement describe = browser.waitFor(By.cssSelector("[data-testid=describe][data-lon]"));
        browser.waitFor(ExpectedConditions.not(ExpectedConditions.attributeToBeNotEmpty(describe, "data-pending")));
        assertThat(browser.waitFor(By.cssSelector("[data-testid=sentence]")).getText()).startsWith("漷县镇");
        browser.driver.findElement(By.name("category-search")).sendKeys("井盖");
        browser.waitFor(By.cssSelector("[data-testid=category-list] [data-code=B0102]")).click();
        browser.driver.findElement(By.name("description")).sendKeys("巡查发现污水井盖破损（浏览器测试）");
        browser.driver.findElement(By.name("photos")).sendKeys(BrowserForTest.photoFile(new Color(0x6b7d8f)).toString());
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ld-file-chosen"), "已选择"));
        browser.assertCleanChinesePage("巡查中上报");
        browser.screenshot("patrol-3-report");
        browser.timed("巡查中保存上报", () -> browser.driver.findElement(By.cssSelector("[data-testid=save-case]")).click(),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=saved]")));
        long caseId = Long.parseLong(browser.driver.findElement(By.cssSelector("[data-testid=saved]")).getAttribute("data-case-id"));
        Map reported = asWorker.get().uri("/api/v1/cases/{id}", caseId).retrieve().body(Map.class);
        assertThat(reported.get("source")).isEqualTo("grid_patrol");
        assertThat(((Map) reported.get("township")).get("code")).isEqualTo("110112106");
        Map photos = asWorker.get().uri("/api/v1/cases/{id}/photos", caseId).retrieve().body(Map.class);
        assertThat((List<?>) photos.get("photos")).hasSize(1);
        browser.assertCleanChinesePage("巡查中上报已保存");
        browser.screenshot("patrol-4-reported");

        // 4. Walk on and end the patrol: its length, positions and cells; the coverage counts the walk.
        walk(6, 10);
        browser.openTab("patrol");
        browser.driver.findElement(By.cssSelector("[data-testid=patrol-toggle]")).click();
        browser.waitFor(ExpectedConditions.textMatches(By.cssSelector("[data-testid=patrol-message]"),
                Pattern.compile("本次巡查 \\d+米，记录 \\d+ 个位置，经过 \\d+ 个单元网格")));
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=patrol-toggle]")).getText()).isEqualTo("开始巡查");
        Map newest = (Map) ((List<?>) asWorker.get().uri("/api/v1/grids/patrols/mine?limit=1").retrieve().body(Map.class)
                .get("items")).get(0);
        assertThat(newest.get("running")).isEqualTo(false);
        int points = ((Number) newest.get("pointCount")).intValue();
        assertThat(points).isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(11);
        assertThat(((Number) newest.get("cellCount")).intValue()).isPositive();
        assertThat(((Number) newest.get("lengthMetres")).doubleValue()).isBetween(1.0, 200.5);
        assertThat(text("patrol-message")).contains("记录 " + points + " 个位置").contains("经过 " + newest.get("cellCount") + " 个单元网格");

        Map after = asWorker.get().uri("/api/v1/grids/patrols/coverage").retrieve().body(Map.class);
        int walkedAfter = ((Number) after.get("visitedCount")).intValue();
        assertThat(walkedAfter).as("the start lies in one of the worker's cells").isGreaterThan(walkedBefore);
        browser.waitFor(ExpectedConditions.textMatches(By.cssSelector("[data-testid=patrol-coverage]"),
                Pattern.compile("今日已巡查 " + walkedAfter + " / .*")));
        // The walked cells are drawn green on the map, as many as the report says.
        Number greenCells = (Number) ((JavascriptExecutor) browser.driver).executeScript(
                "return [...document.querySelectorAll('#map path')].filter(p => p.getAttribute('fill') === arguments[0]).length;",
                "#1f8a4c");
        assertThat(greenCells.intValue()).isEqualTo(walkedAfter);
        browser.assertCleanChinesePage("巡查结束");
        browser.screenshot("patrol-5-ended-coverage");

        browser.driver.findElement(By.cssSelector("[data-testid=coverage-week]")).click();
        browser.waitFor(ExpectedConditions.textMatches(By.cssSelector("[data-testid=patrol-coverage]"),
                Pattern.compile("\\d{4}-\\d{2}-\\d{2} 起一周已巡查 \\d+ / \\d+ 个单元网格.*")));
        browser.assertCleanChinesePage("本周覆盖");
        browser.screenshot("patrol-6-week");
    }
}
