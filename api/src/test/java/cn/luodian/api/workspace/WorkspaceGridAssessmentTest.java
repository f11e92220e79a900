package cn.luodian.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.workspace.BrowserForTest.Screen;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
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
 * 网格员考核 in a real browser: the township's staff open 网格 → 考核 and read this month's table of
 * their grid workers (a case just reported in a demo grid counts for its worker), ranked, switch to
 * the 责任网格, and the CSV link gives the same table with a byte-order mark and Chinese columns.
 */
class WorkspaceGridAssessmentTest {
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

    private static List<List<String>> rows() {
        return browser.driver.findElements(By.cssSelector("[data-testid=assessment-table] tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTownshipStaffRankTheirGridWorkersAndDownloadTheTable() {
        Map<String, Object> reported = DemoServerForTest.asDemoUser("zuoxi").post().uri("/api/v1/cases")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("category", "B0101", "description", "井盖丢失（考核浏览器测试）",
                        "location", Map.of("lon", LON, "lat", LAT, "crs", "wgs84")))
                .retrieve().body(Map.class);
        String workerName = (String) ((Map<String, Object>) reported.get("gridWorker")).get("name");

        browser.signIn("huoxian");
        browser.openWorkspace("/?tab=grids");
        browser.waitFor(By.cssSelector("[data-testid=grids-table]"));
        WebElement open = browser.waitFor(By.cssSelector("[data-testid=grid-assessment] button"));
        assertThat(open.getText()).isEqualTo("考核");
        browser.timed("考核", open::click, ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=assessment-table]")));
        browser.assertCleanChinesePage("网格员考核");

        List<String> header = browser.driver.findElements(By.cssSelector("[data-testid=assessment-table] thead th")).stream()
                .map(WebElement::getText).toList();
        assertThat(header).startsWith("排名", "网格员", "角色", "乡镇/街道", "责任网格", "上报问题数", "核查任务数", "核查及时率", "巡查覆盖率", "案件数");
        List<List<String>> rows = rows();
        // The township's demo people: its leader and three workers, ranked 1, 2, 3, 4 in that order.
        assertThat(rows).hasSizeGreaterThanOrEqualTo(4);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get(0)).isEqualTo(String.valueOf(i + 1));
            assertThat(rows.get(i).get(3)).isEqualTo("漷县镇");
        }
        List<String> worker = rows.stream().filter(r -> r.get(1).equals(workerName)).findFirst().orElseThrow();
        assertThat(worker.get(2)).isEqualTo("网格员");
        assertThat(Integer.parseInt(worker.get(header.indexOf("案件数")))).isGreaterThanOrEqualTo(1);
        assertThat(rows).anyMatch(r -> r.get(2).equals("网格长"));
        browser.script("document.querySelector('[data-testid=assessment-table]').scrollIntoView()");
        browser.screenshot("grid-assessment-01-workers");
        // The rates further right: the table scrolls sideways in the side panel.
        browser.script("const wrap = document.querySelector('[data-testid=assessment-table]').parentElement;"
                + " wrap.scrollLeft = wrap.scrollWidth;");
        browser.screenshot("grid-assessment-01b-workers-rates");

        // The CSV link: this month, by worker; fetched as the browser would, with the session.
        WebElement link = browser.driver.findElement(By.cssSelector("[data-testid=assessment-csv]"));
        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        assertThat(link.getText()).isEqualTo("下载 CSV");
        assertThat(link.getAttribute("href")).endsWith("/api/v1/grids/assessment.csv?by=worker&month=" + month);
        assertThat(link.getAttribute("download")).isEqualTo("网格员考核-" + month + "-网格员.csv");
        List<Object> answer = (List<Object>) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(async (r) => { const bytes = new Uint8Array(await r.arrayBuffer());"
                        + " done([r.status, r.headers.get('content-type'), Array.from(bytes.slice(0, 3)).join(','),"
                        + " new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)]); });",
                link.getAttribute("href"));
        assertThat(((Number) answer.get(0)).intValue()).isEqualTo(200);
        assertThat((String) answer.get(1)).startsWith("text/csv");
        assertThat(answer.get(2)).isEqualTo("239,187,191");
        String[] lines = ((String) answer.get(3)).substring(1).split("\r\n");
        assertThat(lines[0]).startsWith("排名,网格员,账号,角色,乡镇/街道,责任网格,上报问题数,核查任务数,按时核查数,核查及时率,巡查覆盖率,案件数");
        assertThat(lines).hasSize(rows.size() + 1);
        assertThat(lines[1]).startsWith("1," + rows.get(0).get(1) + ",");

        // By 责任网格: the township's grids.
        new Select(browser.driver.findElement(By.name("assessment-by"))).selectByValue("grid");
        // While the new table loads there is none: wait for one whose columns start with the grid's.
        browser.waitFor(d -> {
            List<String> columns = d.findElements(By.cssSelector("[data-testid=assessment-table] thead th")).stream()
                    .map(WebElement::getText).toList();
            return columns.size() >= 3 && columns.subList(0, 3).equals(List.of("排名", "责任网格", "乡镇/街道"));
        });
        // The three demo grids (WorkspaceGridEditTest may have split one of its own off), all 漷县镇's.
        assertThat(rows()).extracting(r -> r.get(1)).filteredOn(name -> name.endsWith("（示例）")).hasSize(3);
        assertThat(rows()).extracting(r -> r.get(2)).containsOnly("漷县镇");
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=assessment-csv]")).getAttribute("href"))
                .endsWith("by=grid&month=" + month);
        browser.assertCleanChinesePage("责任网格考核");
        browser.script("document.querySelector('[data-testid=assessment-table]').scrollIntoView()");
        browser.screenshot("grid-assessment-02-grids");
    }
}
