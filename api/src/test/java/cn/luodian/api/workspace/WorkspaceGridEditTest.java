package cn.luodian.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.workspace.BrowserForTest.Screen;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.web.client.RestClient;

/**
 * 漷县镇's staff split a 责任网格 on the map: they open 漷县镇村庄第二网格（示例）, take one cell out of it
 * by clicking it, create a new 责任网格 of that cell by clicking it again, give it a grid worker, read
 * its history and the old grid's patrol coverage; a cell that belongs to another 责任网格 is refused
 * in Chinese and nothing changes. Every step is checked against the server.
 */
class WorkspaceGridEditTest {
    private static final String OLD_GRID = "漷县镇村庄第二网格（示例）";
    private static final String NEW_GRID = "漷县镇拆分测试网格";
    private static BrowserForTest browser;
    private static RestClient asStaff;

    @BeforeAll
    static void openBrowser() {
        browser = BrowserForTest.open(Screen.DESKTOP);
        asStaff = DemoServerForTest.asDemoUser("huoxian");
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    private static Map grid(String name) {
        List<Map> grids = (List<Map>) asStaff.get().uri("/api/v1/grids").retrieve().body(Map.class).get("grids");
        return grids.stream().filter(g -> name.equals(g.get("name"))).findFirst().orElse(null);
    }

    /** Brings the middle of {@code cell} to the middle of the map and clicks there. */
    private static void clickCell(String cell) {
        List<List<Number>> ring = (List<List<Number>>) ((List<?>) ((Map) asStaff.get().uri("/api/v1/grid/cells/{code}", cell)
                .retrieve().body(Map.class).get("geometry")).get("coordinates")).get(0);
        double lon = ring.stream().limit(ring.size() - 1).mapToDouble(c -> c.get(0).doubleValue()).average().orElseThrow();
        double lat = ring.stream().limit(ring.size() - 1).mapToDouble(c -> c.get(1).doubleValue()).average().orElseThrow();
        String hash = String.format(Locale.ROOT, "#18/%.5f/%.5f", lat, lon);
        ((JavascriptExecutor) browser.driver).executeScript("window.location.hash = arguments[0];", hash);
        browser.waitFor(d -> String.valueOf(((JavascriptExecutor) d).executeScript("return window.location.hash;")).equals(hash));
        WebElement map = browser.driver.findElement(By.id("map"));
        new Actions(browser.driver).moveToElement(map).click().perform();
    }

    private static void waitForCells(int n) {
        browser.waitFor(ExpectedConditions.attributeToBe(By.cssSelector("[data-testid=grid-editor]"), "data-cells", String.valueOf(n)));
    }

    private static void openGrid(String name) {
        WebElement row = browser.waitFor(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@data-testid='grids-table']//tr[td[1][normalize-space()='" + name + "']]")));
        row.click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=grid-detail] h3"), name));
    }

    @Test
    void townshipStaffSplitACellOffIntoANewGridAndGiveItAWorker() {
        Map old = grid(OLD_GRID);
        List<String> oldCells = (List<String>) old.get("cells");
        String moved = oldCells.get(oldCells.size() - 1);
        String staying = oldCells.get(oldCells.size() - 2);

        browser.signIn("huoxian");
        browser.openWorkspace("/?tab=grids");
        openGrid(OLD_GRID);
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=grid-detail]")).getText())
                .contains(oldCells.size() + " 个单元网格").contains("漷县镇村庄网格员乙（示例）");
        browser.assertCleanChinesePage("责任网格详情");
        browser.screenshot("grid-edit-01-detail");

        // 1. Take the last cell out of the old grid: its cells load, one click takes it out, 保存.
        browser.driver.findElement(By.cssSelector("[data-testid=grid-edit]")).click();
        waitForCells(oldCells.size());
        clickCell(moved);
        waitForCells(oldCells.size() - 1);
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=grid-selection]")).getText())
                .isEqualTo("已选 " + (oldCells.size() - 1) + " 个单元网格（移出 1 个）");
        browser.assertCleanChinesePage("编辑单元网格");
        browser.screenshot("grid-edit-02-cell-out");
        browser.timed("保存责任网格", () -> browser.driver.findElement(By.cssSelector("[data-testid=grid-save]")).click(),
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=grid-detail] h3"), OLD_GRID));
        assertThat((List<String>) grid(OLD_GRID).get("cells")).hasSize(oldCells.size() - 1).doesNotContain(moved);

        // 2. A new grid: nothing picked is refused at once; a cell of another grid by the server; then the free cell.
        browser.driver.findElement(By.cssSelector("[data-testid=grid-new]")).click();
        browser.waitFor(By.name("grid-name")).sendKeys(NEW_GRID);
        browser.driver.findElement(By.cssSelector("[data-testid=grid-save]")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=grid-edit-message]"),
                "请在地图上点选至少一个单元网格"));
        clickCell(staying);
        waitForCells(1);
        browser.driver.findElement(By.cssSelector("[data-testid=grid-save]")).click();
        browser.waitFor(ExpectedConditions.textMatches(By.cssSelector("[data-testid=grid-edit-message]"),
                Pattern.compile("保存失败：.*" + OLD_GRID + ".*")));
        assertThat(grid(NEW_GRID)).as("a refused grid is not stored").isNull();
        browser.assertCleanChinesePage("单元网格已属于其他责任网格", "/api/v1/grids");
        browser.screenshot("grid-edit-03-refused");
        clickCell(staying);
        waitForCells(0);
        clickCell(moved);
        waitForCells(1);
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=grid-selection]")).getText()).isEqualTo("已选 1 个单元网格（新增 1 个）");
        browser.driver.findElement(By.cssSelector("[data-testid=grid-save]")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=grid-detail] h3"), NEW_GRID));
        Map created = grid(NEW_GRID);
        assertThat((List<String>) created.get("cells")).containsExactly(moved);
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=grid-detail]")).getText()).contains("1 个单元网格").contains("未指派");
        browser.assertCleanChinesePage("新建责任网格");
        browser.screenshot("grid-edit-04-created");

        // 3. Its grid worker: the township's workers to choose from; saved, then in its history.
        browser.driver.findElement(By.cssSelector("[data-testid=grid-people]")).click();
        browser.waitFor(By.cssSelector("[data-testid=grid-people] input[value='huoxian-wgy3']")).click();
        new Select(browser.driver.findElement(By.name("grid-leader"))).selectByValue("huoxian-wgz");
        browser.driver.findElement(By.cssSelector("[data-testid=people-save]")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=grid-detail]"),
                "漷县镇网格长（示例）（网格长）、漷县镇村庄网格员乙（示例）"));
        assertThat((List<Map>) grid(NEW_GRID).get("workers")).extracting(w -> w.get("username")).containsExactly("huoxian-wgy3");
        browser.driver.findElement(By.cssSelector("[data-testid=grid-history]")).click();
        WebElement history = browser.waitFor(By.cssSelector("[data-testid=grid-history-table]"));
        assertThat(history.getText()).contains("漷县镇村庄网格员乙（示例）").contains("网格员").contains("至今");
        browser.assertCleanChinesePage("调整人员与变更记录");
        browser.screenshot("grid-edit-05-people");

        // 4. The old grid's patrol coverage today, as the township sees it.
        openGrid(OLD_GRID);
        browser.driver.findElement(By.cssSelector("[data-testid=grid-coverage]")).click();
        Pattern coverage = Pattern.compile("今日已巡查 \\d+ / \\d+ 个单元网格.*；巡查 (\\d+) 次.*");
        browser.waitFor(ExpectedConditions.textMatches(By.cssSelector("[data-testid=grid-coverage-text]"), coverage));
        var shown = coverage.matcher(browser.driver.findElement(By.cssSelector("[data-testid=grid-coverage-text]")).getText());
        assertThat(shown.matches()).isTrue();
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        long patrolsToday = ((List<Map>) asStaff.get().uri("/api/v1/grids/patrols?scope=110112106&from=" + today + "&limit=100")
                .retrieve().body(Map.class).get("items")).stream().filter(p -> "huoxian-wgy3".equals(p.get("worker"))).count();
        assertThat(Long.parseLong(shown.group(1))).isEqualTo(patrolsToday);
        browser.assertCleanChinesePage("巡查覆盖");
        browser.screenshot("grid-edit-06-coverage");
    }
}
