package cn.luodian.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.workspace.BrowserForTest.Screen;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 15, finding 6, as a person meets it: a township's staff member is offered only the case
 * sources their role may choose (no 12345 热线, no 市民上报), types markup as the reporter's phone and
 * reads in Chinese which field is wrong; corrected, the report is saved.
 */
class WorkspaceHostileTextTest {
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
    void aWrongPhoneIsNamedInChineseAndTheSourcesFitTheRole() {
        browser.signIn("huoxian");
        browser.openWorkspace("/?tab=report#16/39.75880/116.77260");
        List<String> sources = new Select(browser.waitFor(By.name("source"))).getOptions().stream()
                .map(o -> o.getAttribute("value")).toList();
        assertThat(sources).containsExactly("grid_patrol", "staff");

        new Actions(browser.driver).moveToElement(browser.driver.findElement(By.id("map")), 10, 10).click().perform();
        WebElement describe = browser.waitFor(By.cssSelector("[data-testid=describe][data-lon]"));
        browser.waitFor(ExpectedConditions.not(ExpectedConditions.attributeToBeNotEmpty(describe, "data-pending")));
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=township]")).getText()).isEqualTo("漷县镇");
        browser.driver.findElement(By.name("category-search")).sendKeys("井盖");
        browser.waitFor(By.cssSelector("[data-testid=category-list] [data-code=B0102]")).click();
        browser.driver.findElement(By.name("description")).sendKeys("污水井盖破损（恶意输入的浏览器测试）");
        browser.driver.findElement(By.name("reporterName")).sendKeys("王五");
        WebElement phone = browser.driver.findElement(By.name("reporterPhone"));
        phone.sendKeys("<script>alert(1)</script>");
        browser.driver.findElement(By.cssSelector("[data-testid=save-case]")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=report-message]"), "联系电话"));
        String message = browser.driver.findElement(By.cssSelector("[data-testid=report-message]")).getText();
        assertThat(message).contains("保存失败").contains("联系电话不是电话号码");
        browser.script("arguments[0].scrollIntoView({block: 'center'})",
                browser.driver.findElement(By.cssSelector("[data-testid=report-message]")));
        browser.screenshot("hostile-text-01-phone-refused");
        browser.assertCleanChinesePage("街乡镇：联系电话填了标记", "/api/v1/cases");

        phone.clear();
        phone.sendKeys("010-6952 1234");
        browser.driver.findElement(By.cssSelector("[data-testid=save-case]")).click();
        WebElement saved = browser.waitFor(By.cssSelector("[data-testid=saved]"));
        assertThat(saved.getAttribute("data-number")).matches("TZ-\\d{8}-\\d{5}");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", saved);
        browser.screenshot("hostile-text-02-saved");
        browser.assertCleanChinesePage("街乡镇：改正后保存", "/api/v1/cases");
    }
}
