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

/**
 * Issue 15, finding 2 in a real browser on the demo server: a township worker changes their own
 * password from the header's 修改密码 (a wrong current password is refused in Chinese), is sent to
 * the sign-in page and signs in with the new one; another account is locked after repeated wrong
 * passwords at the sign-in page, which says so in Chinese, until the administrator resets it. The
 * workspace pages run under the Content-Security-Policy: a violation would be a console error.
 */
class WorkspaceAccountTest {
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
    void aWorkerChangesTheirOwnPasswordAndSignsInWithTheNewOne() {
        createUser("gaimima", "高敏（测试）", "chushi-mima-3141");
        browser.signIn("gaimima", "chushi-mima-3141");
        assertThat(browser.waitFor(By.cssSelector("[data-testid=user-name]")).getText()).isEqualTo("高敏（测试）");
        browser.assertCleanChinesePage("登录后的工作台");

        browser.waitFor(By.cssSelector("[data-testid=change-password]")).click();
        browser.waitFor(By.cssSelector("[data-testid=own-password][open]"));
        browser.driver.findElement(By.name("current-password")).sendKeys("cuowu-mima-0000");
        browser.driver.findElement(By.name("new-password")).sendKeys("xin-mima-hutong-26");
        browser.driver.findElement(By.name("repeat-password")).sendKeys("xin-mima-hutong-26");
        browser.driver.findElement(By.cssSelector("[data-testid=own-password] button[type=submit]")).click();
        assertThat(browser.waitFor(By.cssSelector("[data-testid=own-password-error] .ld-error")).getText()).isEqualTo("当前密码不正确");
        browser.assertCleanChinesePage("当前密码错误", "users/me/password");
        browser.screenshot("account-01-wrong-current-password");

        WebElement current = browser.driver.findElement(By.name("current-password"));
        current.clear();
        current.sendKeys("chushi-mima-3141");
        browser.driver.findElement(By.cssSelector("[data-testid=own-password] button[type=submit]")).click();
        browser.waitFor(ExpectedConditions.urlContains("/login?password-changed"));
        assertThat(browser.waitFor(By.cssSelector(".message")).getText()).isEqualTo("密码已修改，请用新密码登录。");
        browser.assertCleanChinesePage("修改密码后的登录页");
        browser.screenshot("account-02-password-changed");

        browser.signIn("gaimima", "xin-mima-hutong-26");
        assertThat(browser.waitFor(By.cssSelector("[data-testid=user-name]")).getText()).isEqualTo("高敏（测试）");
        browser.assertCleanChinesePage("用新密码登录后");
        browser.screenshot("account-03-signed-in-with-new-password");
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountWithAChineseMessage() {
        createUser("suoding", "孙定（测试）", "zhengque-mima-2718");
        browser.driver.manage().deleteAllCookies();
        for (int i = 1; i <= 5; i++) {
            signInAttempt("suoding", "cuowu-mima-000" + i);
            if (i < 5) {
                assertThat(browser.waitFor(By.cssSelector(".message.error")).getText()).isEqualTo("用户名或密码错误，或账号已停用。");
            }
        }
        String locked = "密码错误次数过多，账号已暂时锁定，请 15 分钟后再试；如忘记密码，请联系系统管理员重置。";
        assertThat(browser.waitFor(By.cssSelector("[data-testid=login-locked]")).getText()).isEqualTo(locked);
        browser.assertCleanChinesePage("账号被锁定");
        browser.screenshot("account-04-locked");

        signInAttempt("suoding", "zhengque-mima-2718");
        assertThat(browser.waitFor(By.cssSelector("[data-testid=login-locked]")).getText())
                .as("the right password too, while locked").isEqualTo(locked);

        // The administrator's temporary password is the way back in at once.
        DemoServerForTest.http().post().uri("/api/v1/users/suoding/password").header("Authorization", admin())
                .body(Map.of("password", "linshi-mima-5151")).retrieve().toBodilessEntity();
        browser.signIn("suoding", "linshi-mima-5151");
        assertThat(browser.waitFor(By.cssSelector("[data-testid=user-name]")).getText()).isEqualTo("孙定（测试）");
        browser.assertCleanChinesePage("重置后登录");
    }

    private static void signInAttempt(String username, String password) {
        browser.driver.get("http://localhost:" + DemoServerForTest.port() + "/login");
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(password);
        browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waitFor(ExpectedConditions.urlContains("/login?"));
    }

    private static void createUser(String username, String displayName, String password) {
        DemoServerForTest.http().post().uri("/api/v1/users").header("Authorization", admin())
                .body(Map.of("username", username, "password", password, "role", "TOWNSHIP_STAFF",
                        "displayName", displayName, "scopeCode", "110112106"))
                .retrieve().toBodilessEntity();
    }

    private static String admin() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + DemoServerForTest.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }
}
