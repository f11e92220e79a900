package cn.luodian.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.workspace.BrowserForTest.Screen;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The dispatcher's 待定位 list in a real browser: a citizen's report whose words fit two places
 * waits with both on the map; the dispatcher picks the second, confirms, and the case opens with
 * the caller's words kept. Another report is discarded with a reason. Nothing but clicks and typing.
 */
class WorkspaceUnplacedTest {
    // In 凌庄村 (漷县镇): its sentence holds on both sides of the village ring road.
    private static final double LON = 116.7726, LAT = 39.7588;
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

    /** What a citizen sends through Open311 with only words for the place; answers the token. */
    private String citizenReports(String description) {
        String sentence = (String) http.get().uri("/api/v1/describe?lon={lon}&lat={lat}", LON, LAT).retrieve().body(Map.class).get("text");
        var form = new LinkedMultiValueMap<String, String>();
        form.add("service_code", "B0101");
        form.add("description", description);
        form.add("address_string", sentence);
        List<?> answer = http.post().uri("/open311/v2/requests.json").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form).retrieve().body(List.class);
        return (String) ((Map<?, ?>) answer.get(0)).get("token");
    }

    @Test
    void aDispatcherPlacesAReportWhoseWordsFitTwoPlacesAndDiscardsAPrank() {
        String token = citizenReports("上水井盖丢失（待定位浏览器测试）");
        String prank = citizenReports("恶作剧来电（待定位浏览器测试）");

        browser.signIn("zuoxi");
        browser.openWorkspace("/?tab=unplaced");
        WebElement badge = browser.waitFor(By.cssSelector("[data-testid=badge-unplaced]"));
        assertThat(badge.getAttribute("title")).startsWith("待定位");
        WebElement item = browser.waitFor(By.cssSelector("[data-testid=unplaced-item][data-id='" + token + "']"));
        assertThat(item.getText()).contains("所述位置").contains("描述符合 2 处不同的位置");
        browser.assertCleanChinesePage("待定位列表");
        browser.screenshot("unplaced-01-list");

        // Open it: both candidates on the map, numbered; take the second and confirm.
        item.findElement(By.tagName("button")).click();
        browser.waitFor(By.cssSelector(".ld-candidate-pin"));
        assertThat(browser.driver.findElements(By.cssSelector(".ld-candidate-pin"))).hasSize(2);
        browser.waitFor(By.cssSelector("[data-testid=unplaced-c1]")).click();
        assertThat(browser.waitFor(By.cssSelector("[data-testid=unplaced-choice]")).getText()).contains("候选 2");
        browser.assertCleanChinesePage("待定位：已选候选 2");
        browser.screenshot("unplaced-02-candidates");
        browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=unplaced-place]"))).click();

        // The case opens, with the caller's words in its description.
        WebElement state = browser.waitFor(By.cssSelector("[data-testid=case-state]"));
        assertThat(state.getText()).isEqualTo("受理");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=case-panel]"), "来电所述位置"));
        browser.assertCleanChinesePage("待定位：生成的案件");
        browser.screenshot("unplaced-03-case");
        Map<?, ?> lookup = (Map<?, ?>) http.get().uri("/open311/v2/tokens/{t}.json", token).retrieve().body(List.class).get(0);
        assertThat((String) lookup.get("service_request_id")).matches("TZ-\\d{8}-\\d{5}");

        // The prank is discarded with a reason, and leaves the list.
        browser.openTab("unplaced");
        WebElement prankItem = browser.waitFor(By.cssSelector("[data-testid=unplaced-item][data-id='" + prank + "']"));
        prankItem.findElement(By.tagName("button")).click();
        browser.waitFor(By.cssSelector("[data-testid=unplaced-detail] summary")).click();
        browser.waitFor(By.cssSelector("[data-testid=unplaced-discard-reason]")).sendKeys("恶作剧来电");
        browser.driver.findElement(By.cssSelector("[data-testid=unplaced-discard]")).click();
        browser.waitFor(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("[data-testid=unplaced-item][data-id='" + prank + "']")));
        browser.assertCleanChinesePage("待定位：作废之后");
        browser.screenshot("unplaced-04-discarded");
    }
}
