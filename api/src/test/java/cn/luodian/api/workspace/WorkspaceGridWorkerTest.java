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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.http.MediaType;

/**
 * A grid worker (网格员) in a real browser: a case reported in their demo 责任网格 is in their case
 * list, and its detail names the grid and them as its grid worker. The township's staff read their
 * 责任网格 and who works them in the 网格 tab.
 */
class WorkspaceGridWorkerTest {
    /** 凌庄村 (漷县镇), in a demo 村庄 grid. */
    private static final double LON = 116.7726, LAT = 39.7588;
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
    @SuppressWarnings("unchecked")
    void aGridWorkerFindsTheCaseOfTheirGridWithTheirName() {
        Map<String, Object> reported = DemoServerForTest.asDemoUser("zuoxi").post().uri("/api/v1/cases")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("category", "B0101", "description", "井盖丢失（网格员浏览器测试）",
                        "location", Map.of("lon", LON, "lat", LAT, "crs", "wgs84")))
                .retrieve().body(Map.class);
        Map<String, Object> worker = (Map<String, Object>) reported.get("gridWorker");
        String gridName = (String) ((Map<String, Object>) reported.get("responsibilityGrid")).get("name");

        browser.signIn((String) worker.get("username"));
        browser.openWorkspace("/?tab=cases");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=case-list]"),
                (String) reported.get("number")));
        browser.assertCleanChinesePage("网格员的案件列表");
        browser.screenshot("grid-worker-01-list");

        browser.openWorkspace("/?tab=cases&case=" + reported.get("id"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ld-props"), "责任网格"));
        String props = browser.driver.findElement(By.cssSelector(".ld-props")).getText();
        assertThat(props).contains("责任网格").contains(gridName).contains("网格员").contains((String) worker.get("name"));
        List<String> lines = List.of(props.split("\n"));
        assertThat(lines).contains((String) worker.get("name"));
        browser.assertCleanChinesePage("网格员看案件详情");
        browser.screenshot("grid-worker-02-case");
    }

    @Test
    void theTownshipStaffReadTheirGridsAndWorkersInTheGridsTab() {
        browser.signIn("huoxian");
        browser.openWorkspace("/?tab=grids");
        browser.waitFor(By.cssSelector("[data-testid=grids-table]"));
        List<String> rows = browser.driver.findElements(By.cssSelector("[data-testid=grids-table] tbody tr")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
        // The three demo grids (WorkspaceGridEditTest may have added one of its own).
        assertThat(rows).hasSizeGreaterThanOrEqualTo(3).anyMatch(r -> r.contains("漷县镇村庄第一网格（示例）"))
                .anyMatch(r -> r.contains("漷县镇村庄第二网格（示例）"));
        assertThat(rows.get(0)).contains("漷县镇社区网格（示例）").contains("漷县镇").contains("个")
                .contains("漷县镇网格长（示例）（网格长）").contains("漷县镇社区网格员（示例）");
        assertThat(browser.driver.findElement(By.cssSelector("[data-tab=grids]")).getText()).isEqualTo("网格");
        browser.assertCleanChinesePage("网格页");
        browser.screenshot("grids-01-township-staff");
    }
}
