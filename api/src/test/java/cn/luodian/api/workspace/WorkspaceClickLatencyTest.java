package cn.luodian.api.workspace;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.workspace.BrowserForTest.Screen;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The "every click answers in < 500 ms p95 on the demo server when the machine is quiet",
 * measured the way the slow clicks were reported: for every role, signing in until the workspace is
 * usable, opening a case link until the case shows, opening each of the role's tabs, and a map click
 * until its sentence shows (roles that report) — two rounds each, in one browser, against the running
 * demo server. The very first sign-in after the server starts (cold JIT, empty browser cache) is
 * printed on its own line and not counted: staff meet a server that has been running. The bounds
 * ({@link ClickTimes}: 500 ms within the page, 2 s for a whole page) are enforced when the load is
 * quiet ({@link MachineLoad}); every figure goes to target/click-latency.txt.
 */
class WorkspaceClickLatencyTest {
    private static final List<String> ROLES = List.of("zuoxi", "huoxian", "chengguan", "duban", "fenxi", "admin");
    private static final int ROUNDS = 2;
    private static BrowserForTest browser;

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
    void everyRolesClicksAnswerWithinHalfASecondAtTheNinetyFifthPercentile() {
        // A case every role may open: in 漷县镇 (huoxian's township), dispatched to chengguan's unit.
        long caseId = DispatchedCaseForTest.toUnit(DispatchedCaseForTest.unitOf("chengguan"), "B0101",
                "上水井盖松动（点击耗时测试）", 116.7726, 39.7588).id();
        long start = System.nanoTime();
        browser.signIn("zuoxi");
        MachineLoad.record("click-latency.txt", String.format(java.util.Locale.ROOT,
                "CLICK-LATENCY first sign-in after start (not counted): %d ms load=%s",
                (System.nanoTime() - start) / 1_000_000, MachineLoad.averages()));
        ClickTimes warm = new ClickTimes();
        for (int round = 0; round < ROUNDS; round++) {
            for (String user : ROLES) {
                ClickTimes day = new ClickTimes();
                walk(user, caseId, day);
                day.report(user + " round " + (round + 1));
                warm.addAll(day);
            }
        }
        warm.assertQuickWhenQuiet("all roles, " + ROUNDS + " rounds");
        browser.assertCleanChinesePage("点击耗时：最后一步");
    }

    /** One role's clicks, recorded into `times` as well as the browser's own list. */
    private static void walk(String user, long caseId, ClickTimes times) {
        int before = browser.clicks.count();
        if ("admin".equals(user)) {
            browser.signIn(user, DemoServerForTest.ADMIN_PASSWORD);
        } else {
            browser.signIn(user);
        }
        browser.timedPageLoad(ClickTimes.PAGE_LOAD + "案件链接", () -> browser.driver.get(browser.baseUrl + "/?tab=cases&case=" + caseId),
                "[data-testid=case-state]",
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=case-state]")));
        List<String> tabs = browser.driver.findElements(By.cssSelector("#tabs button")).stream()
                .map(b -> b.getAttribute("data-tab")).filter(tab -> !"cases".equals(tab)).toList();
        for (String tab : tabs) {
            browser.openTab(tab);
            if ("report".equals(tab)) {
                WebElement map = browser.driver.findElement(By.id("map"));
                browser.timed("地图选点", () -> new Actions(browser.driver).moveToElement(map, 40, 30).click().perform(),
                        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=sentence]")));
            }
        }
        browser.openTab("cases");
        browser.assertNoConsoleErrorsOrFailedRequests();
        times.addAll(browser.clicks.since(before));
    }
}
