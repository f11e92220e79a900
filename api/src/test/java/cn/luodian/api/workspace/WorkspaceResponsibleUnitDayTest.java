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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.web.client.RestClient;

/**
 * The responsible unit's day in a real browser: the district's 城管执法局 (demo user chengguan)
 * signs in, sees its inbox counts, opens the case the centre dispatched to it by its number,
 * signs for it (签收处置), uploads the photo of the finished work (处置后) and reports it done (反馈).
 * Every screen Chinese, no console error, no failed request.
 */
class WorkspaceResponsibleUnitDayTest {
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

    private static RestClient as(String user) {
        return DemoServerForTest.asDemoUser(user);
    }

    @Test
    void theUnitSignsForItsCaseFixesItAndReportsItDone() {
        String number = DispatchedCaseForTest.toUnit(DispatchedCaseForTest.unitOf("chengguan"), "B0101",
                "上水井盖松动（责任单位浏览器测试）", 116.7726, 39.7588).number();

        browser.signIn("chengguan");
        browser.openWorkspace("/?tab=cases");
        WebElement waiting = browser.waitFor(By.cssSelector("[data-testid=inbox] [data-inbox=waiting] strong"));
        browser.waitFor(ExpectedConditions.not(ExpectedConditions.textToBePresentInElement(waiting, "0")));
        assertThat(Integer.parseInt(waiting.getText())).isPositive();
        assertThat(browser.waitFor(By.cssSelector("[data-testid=badge-cases]")).getAttribute("title")).contains("待签收");
        browser.assertCleanChinesePage("责任单位：收件箱");
        browser.screenshot("unit-01-inbox");

        // Open the case by its number, sign for it.
        browser.waitFor(By.name("case-number")).sendKeys(number, Keys.ENTER);
        assertThat(browser.waitFor(By.cssSelector("[data-testid=case-state]")).getText()).isEqualTo("派遣");
        browser.act("accept", "处置中");
        browser.assertCleanChinesePage("责任单位：已签收");
        browser.screenshot("unit-02-accepted");

        // The photo of the finished work, then 反馈.
        new Select(browser.driver.findElement(By.name("stage"))).selectByValue("after");
        browser.driver.findElement(By.cssSelector("[data-testid=photo-file]")).sendKeys(BrowserForTest.photoFile(new Color(0x6b8e23)).toString());
        browser.driver.findElement(By.cssSelector("[data-testid=photo-upload]")).click();
        browser.waitFor(By.cssSelector("[data-testid=photos] [data-stage=after] img"));
        browser.act("reply", "已反馈", "井盖已紧固，周边已清理");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=timeline]"), "反馈"));
        browser.assertCleanChinesePage("责任单位：已反馈");
        browser.screenshot("unit-03-replied");
        Map<?, ?> stored = as("zuoxi").get().uri("/api/v1/cases/by-number/{n}", number).retrieve().body(Map.class);
        assertThat(stored.get("state")).isEqualTo("reported_done");
    }
}
