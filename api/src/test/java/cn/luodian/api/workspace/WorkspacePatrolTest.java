package cn.luodian.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.workspace.BrowserForTest.Screen;
import cn.luodian.geo.crs.GaussKrugerProjection;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * A grid worker patrols from a phone (390×844): 开始巡查, walks 200 m east through 凌庄村 (the
 * phone's position faked through Chrome DevTools), 结束巡查, and reads how far the patrol went and
 * how many unit grid cells it passed; the server holds the same patrol.
 */
class WorkspacePatrolTest {
    private static final String WORKER = "wangge-browser";
    private static final String PASSWORD = "xuncha-browser-2026";
    private static final double LON = 116.7726, LAT = 39.7588;
    private static BrowserForTest browser;

    @BeforeAll
    static void openBrowser() {
        browser = BrowserForTest.open(Screen.PHONE);
        String admin = "Basic " + Base64.getEncoder().encodeToString(
                ("admin:" + DemoServerForTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        ResponseEntity<Map> created = DemoServerForTest.http().post().uri("/api/v1/users")
                .header(HttpHeaders.AUTHORIZATION, admin).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", WORKER, "password", PASSWORD, "role", "GRID_WORKER",
                        "displayName", "漷县镇网格员（测试）", "scopeCode", "110112106"))
                .retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isIn(201, 409);
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
        Coordinate start = epsg4548.toMetric(LON, LAT);
        Coordinate here = epsg4548.toGeographic(start.x + eastMetres, start.y);
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setGeolocationOverride",
                Map.of("latitude", here.y, "longitude", here.x, "accuracy", 5));
    }

    @Test
    void aGridWorkerStartsWalksAndEndsAPatrolOnThePhone() throws InterruptedException {
        ((ChromeDriver) browser.driver).executeCdpCommand("Browser.grantPermissions",
                Map.of("origin", browser.baseUrl, "permissions", List.of("geolocation")));
        phoneAt(0);
        browser.signIn(WORKER, PASSWORD);
        browser.openWorkspace("/#16/39.75880/116.77400");
        List<String> tabs = browser.driver.findElements(By.cssSelector("#tabs button")).stream()
                .map(b -> b.getAttribute("data-tab")).toList();
        assertThat(tabs).containsExactly("cases", "report", "tasks", "patrol");
        browser.openTab("patrol");
        var toggle = browser.waitFor(By.cssSelector("[data-testid=patrol-toggle]"));
        assertThat(toggle.getText()).isEqualTo("开始巡查");
        browser.assertCleanChinesePage("巡查面板");
        browser.screenshot("patrol-1-ready");

        toggle.click();
        browser.waitFor(ExpectedConditions.textToBe(By.cssSelector("[data-testid=patrol-toggle]"), "结束巡查"));
        browser.waitFor(ExpectedConditions.textMatches(By.cssSelector("[data-testid=patrol-status]"), java.util.regex.Pattern.compile("巡查中.*待发送 1 个")));
        for (int step = 1; step <= 10; step++) {
            // Each fix a little later than the last, as a walking phone's are.
            Thread.sleep(300);
            phoneAt(20.0 * step);
        }
        browser.waitFor(ExpectedConditions.textMatches(By.cssSelector("[data-testid=patrol-status]"),
                java.util.regex.Pattern.compile("巡查中.*(已发送|待发送) \\d+ 个")));
        browser.assertCleanChinesePage("巡查中");
        browser.screenshot("patrol-2-walking");

        browser.driver.findElement(By.cssSelector("[data-testid=patrol-toggle]")).click();
        browser.waitFor(ExpectedConditions.textMatches(By.cssSelector("[data-testid=patrol-message]"),
                java.util.regex.Pattern.compile("本次巡查 \\d+米，记录 \\d+ 个位置，经过 \\d+ 个单元网格")));
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=patrol-message]")).isDisplayed()).isTrue();
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=patrol-toggle]")).getText()).isEqualTo("开始巡查");
        browser.assertCleanChinesePage("巡查结束");
        browser.screenshot("patrol-3-ended");

        // The server holds the patrol the page spoke of: ended, the walk's positions, its cells.
        RestClient asWorker = DemoServerForTest.http().mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Basic "
                + Base64.getEncoder().encodeToString((WORKER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8))).build();
        Map newest = (Map) ((List<?>) asWorker.get().uri("/api/v1/grids/patrols/mine?limit=1").retrieve().body(Map.class)
                .get("items")).get(0);
        assertThat(newest.get("running")).isEqualTo(false);
        int points = ((Number) newest.get("pointCount")).intValue();
        assertThat(points).isGreaterThanOrEqualTo(2).isLessThanOrEqualTo(11);
        assertThat(((Number) newest.get("cellCount")).intValue()).isPositive();
        assertThat(((Number) newest.get("lengthMetres")).doubleValue()).isBetween(1.0, 200.5);
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=patrol-message]")).getText())
                .contains("记录 " + points + " 个位置").contains("经过 " + newest.get("cellCount") + " 个单元网格");
    }
}
