package cn.luodian.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.workspace.BrowserForTest.Screen;
import java.awt.Color;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.MediaType;

/**
 * A grid worker's 核查 on the phone (390×844): the case the 城管执法局 reported done waits in their
 * 核查 tab with its clock and a count on the tab; they open it, photograph the site (处置后) and take
 * 核查通过, and the case closes. Every step checked for console errors, failed requests and Latin words.
 */
class WorkspaceGridWorkerVerifyTest {
    /** 凌庄村 (漷县镇), in a demo 村庄 grid. */
    private static final double LON = 116.7726;
    private static final double LAT = 39.7588;
    private static BrowserForTest browser;

    @BeforeAll
    static void openBrowser() {
        browser = BrowserForTest.open(Screen.PHONE);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGridWorkerVerifiesOnSiteWithAPhotoAndTheCaseCloses() {
        DispatchedCaseForTest dispatched = DispatchedCaseForTest.toUnit(DispatchedCaseForTest.unitOf("chengguan"), "B0101",
                "上水井盖缺失（网格员核查浏览器测试）", LON, LAT);
        var chengguan = DemoServerForTest.asDemoUser("chengguan");
        for (Map<String, String> step : new Map[] {Map.of("action", "accept"), Map.of("action", "reply", "note", "井盖已补装")}) {
            chengguan.post().uri("/api/v1/cases/{id}/transitions", dispatched.id()).contentType(MediaType.APPLICATION_JSON)
                    .body(step).retrieve().toBodilessEntity();
        }
        Map<String, Object> stored = DemoServerForTest.asDemoUser("zuoxi").get().uri("/api/v1/cases/{id}", dispatched.id())
                .retrieve().body(Map.class);
        String worker = (String) ((Map<String, Object>) stored.get("gridWorker")).get("username");

        // 1. The 核查 tab: the task with its clock, and the count on the tab.
        browser.signIn(worker);
        browser.openWorkspace("/#15/" + LAT + "/" + LON);
        assertThat(browser.waitFor(By.id("tab-tasks")).getAttribute("aria-selected")).isEqualTo("true");
        WebElement task = browser.waitFor(By.cssSelector("[data-testid=tasks] li[data-number='" + dispatched.number() + "']"));
        assertThat(task.findElement(By.cssSelector("[data-testid=task-clock]")).getText()).startsWith("核查剩余");
        assertThat(browser.waitFor(By.cssSelector("[data-testid=badge-tasks]")).getAttribute("title")).contains("待核查");
        browser.assertCleanChinesePage("网格员：核查任务");
        browser.screenshot("verify-01-tasks");

        // 2. Open it: 已反馈, with 核查通过 and 核查不通过 offered.
        browser.timed("打开核查任务", task::click,
                ExpectedConditions.textToBe(By.cssSelector("[data-testid=case-state]"), "已反馈"));
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=case-actions] [data-action=verify]"))).hasSize(1);
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=case-actions] [data-action=reject_reply]"))).hasSize(1);

        // 3. The photo of the site, then 核查通过: the case closes.
        new Select(browser.driver.findElement(By.name("stage"))).selectByValue("after");
        browser.driver.findElement(By.cssSelector("[data-testid=photo-file]")).sendKeys(BrowserForTest.photoFile(new Color(0x5f8f6a)).toString());
        browser.timed("上传现场照片", () -> browser.driver.findElement(By.cssSelector("[data-testid=photo-upload]")).click(),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=photos] [data-stage=after] img")));
        browser.assertCleanChinesePage("网格员：现场照片");
        browser.screenshot("verify-02-photo");
        String before = browser.driver.findElement(By.cssSelector("[data-testid=badge-tasks]")).getText();
        browser.act("verify", "结案");
        // The task is done: the count on the tab goes down by one (or the count goes).
        browser.waitFor(d -> d.findElements(By.cssSelector("[data-testid=badge-tasks]")).stream()
                .noneMatch(b -> b.getText().equals(before)));
        browser.assertCleanChinesePage("网格员：核查通过");
        browser.screenshot("verify-03-closed");
        assertThat(DemoServerForTest.asDemoUser("zuoxi").get().uri("/api/v1/cases/{id}", dispatched.id()).retrieve()
                .body(Map.class).get("state")).isEqualTo("closed");
    }
}
