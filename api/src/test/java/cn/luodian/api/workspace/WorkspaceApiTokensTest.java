package cn.luodian.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.workspace.BrowserForTest.Screen;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.http.ResponseEntity;

/**
 * Issue 15, API tokens in a real browser on the demo server: the planner (分析研判) opens 接口令牌,
 * is told in Chinese what is missing, issues a read-only token for a script, copies it from the
 * field that shows it once, sees the script's use of it in the list, and revokes it, after which the
 * script is refused. The administrator sees a dispatcher's token among everyone's and revokes it.
 */
class WorkspaceApiTokensTest {
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
    void aPlannerIssuesUsesAndRevokesATokenForTheirScript() {
        browser.signIn("fenxi");
        openDialog();
        browser.driver.findElement(By.cssSelector("[data-testid=api-tokens] button[type=submit]")).click();
        assertThat(browser.waitFor(By.cssSelector("[data-testid=api-token-message] .ld-error")).getText())
                .isEqualTo("请填写令牌名称，说明它给谁用、做什么");
        browser.assertCleanChinesePage("未填名称");

        String name = "研判脚本（测试" + System.nanoTime() % 100000 + "）";
        browser.driver.findElement(By.name("token-name")).sendKeys(name);
        WebElement days = browser.driver.findElement(By.name("token-days"));
        days.clear();
        days.sendKeys("30");
        browser.driver.findElement(By.cssSelector("[data-testid=api-tokens] button[type=submit]")).click();
        String token = browser.waitFor(By.cssSelector("[data-testid=new-api-token]")).getAttribute("value");
        assertThat(token).startsWith("ld_").hasSize(46);
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=new-api-token-header]")).getAttribute("value"))
                .isEqualTo("Authorization: Bearer " + token);
        WebElement row = row("api-token-table", name);
        assertThat(row.getText()).contains("只读", token.substring(0, 9), "有效", "从未使用");
        browser.assertCleanChinesePage("令牌已创建");
        browser.screenshot("api-tokens-01-issued");

        // The script reads with it, and may not write.
        assertThat(call("GET", "/api/v1/cases?limit=3", token).getStatusCode().value()).isEqualTo(200);
        assertThat(call("POST", "/api/v1/cases", token).getStatusCode().value()).isEqualTo(403);

        browser.driver.findElement(By.cssSelector("[data-testid=api-tokens-close]")).click();
        openDialog();
        row = row("api-token-table", name);
        assertThat(row.getText()).doesNotContain("从未使用");
        String id = row.getAttribute("data-token-id");
        row.findElement(By.cssSelector("button[data-revoke]")).click();
        browser.waitFor(By.cssSelector("[data-confirm^=revoke-]")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=api-token-table] tr[data-token-id='" + id + "']"),
                "已撤销"));
        browser.assertCleanChinesePage("令牌已撤销");
        browser.screenshot("api-tokens-02-revoked");
        assertThat(call("GET", "/api/v1/cases?limit=3", token).getStatusCode().value()).isEqualTo(401);
    }

    @Test
    void theAdministratorRevokesADispatchersToken() {
        String name = "热线对接（测试" + System.nanoTime() % 100000 + "）";
        ResponseEntity<String> issued = DemoServerForTest.http().post().uri("/api/v1/users/me/tokens")
                .header("Authorization", basic("zuoxi", "zuoxi-demo"))
                .body(Map.of("name", name, "scope", "write")).retrieve().toEntity(String.class);
        assertThat(issued.getStatusCode().value()).isEqualTo(201);

        browser.signIn("admin", DemoServerForTest.ADMIN_PASSWORD);
        openDialog();
        WebElement row = row("api-token-all-table", name);
        assertThat(row.getText()).contains("坐席员（示例）", "读写", "有效");
        browser.assertCleanChinesePage("全部有效令牌");
        browser.screenshot("api-tokens-03-admin-list");
        row.findElement(By.cssSelector("button[data-revoke]")).click();
        browser.waitFor(By.cssSelector("[data-confirm^=revoke-]")).click();
        browser.waitFor(ExpectedConditions.numberOfElementsToBe(rowBy("api-token-all-table", name), 0));
        browser.assertCleanChinesePage("撤销后");
    }

    private static void openDialog() {
        browser.waitFor(By.cssSelector("[data-testid=api-tokens-open]")).click();
        browser.waitFor(By.cssSelector("[data-testid=api-tokens][open]"));
    }

    private static WebElement row(String table, String name) {
        return browser.waitFor(rowBy(table, name));
    }

    private static By rowBy(String table, String name) {
        return By.xpath("//*[@data-testid='" + table + "']//tr[td[text()='" + name + "']]");
    }

    private static ResponseEntity<String> call(String method, String path, String token) {
        var request = DemoServerForTest.http().method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .header("Authorization", "Bearer " + token);
        if (method.equals("POST")) {
            request.header("Content-Type", "application/json").body("{}");
        }
        return request.retrieve().toEntity(String.class);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
