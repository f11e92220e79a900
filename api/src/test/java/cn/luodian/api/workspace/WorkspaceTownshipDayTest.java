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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.web.client.RestClient;

/**
 * A township's day in a real browser (demo user huoxian, 漷县镇): the township's cases and inbox, a case the
 * centre dispatched to the township signed for and reported done with a photo, a report refused at
 * once outside the township, a report inside it saved and registered (立案), words that name no place
 * refused plainly, a village found by the search box, the township's rates. Every step is checked
 * for console errors, failed requests and Latin-script words; every click's time is recorded.
 */
class WorkspaceTownshipDayTest {
    private static final String TOWNSHIP = "110112106";
    /** A point in 漷县镇 (the test checks that describe agrees). */
    private static final double LON = 116.7726;
    private static final double LAT = 39.7588;
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
    void theTownshipHandlesItsCasesReportsInsideItsBoundsAndReadsItsRates() {
        Map<?, ?> described = as("zuoxi").get().uri("/api/v1/describe?lon={lon}&lat={lat}", LON, LAT).retrieve().body(Map.class);
        assertThat(((Map<?, ?>) described.get("township")).get("name")).isEqualTo("漷县镇");
        String dispatched = DispatchedCaseForTest.toUnit(DispatchedCaseForTest.townshipUnit(TOWNSHIP), "S0103",
                "路边堆放建筑垃圾（乡镇浏览器测试）", LON, LAT).number();

        // 1. Signed in, the township's cases.
        browser.signIn("huoxian");
        browser.openWorkspace("/?tab=cases#14/" + LAT + "/" + LON);
        assertThat(browser.waitFor(By.cssSelector("[data-testid=role]")).getText()).isEqualTo("街乡镇工作人员");
        assertThat(browser.driver.findElements(By.cssSelector("#tabs button")).stream().map(b -> b.getAttribute("data-tab")))
                .containsExactly("cases", "report", "stats", "grids");
        browser.waitFor(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("[data-testid=case-list] li"), 0));
        // The inbox: what was dispatched to the township's home unit waits to be signed for.
        WebElement waiting = browser.waitFor(By.cssSelector("[data-testid=inbox] [data-inbox=waiting] strong"));
        assertThat(Integer.parseInt(waiting.getText())).isPositive();
        assertThat(browser.waitFor(By.cssSelector("[data-testid=badge-cases]")).getAttribute("title")).contains("待签收");
        browser.assertCleanChinesePage("街乡镇：案件列表");
        browser.screenshot("town-01-cases");

        // 2. The case dispatched to the township: open by number, sign for it, photo, 反馈.
        WebElement number = browser.waitFor(By.name("case-number"));
        number.sendKeys(dispatched);
        browser.timed("按编号打开案件", () -> number.sendKeys(Keys.ENTER),
                ExpectedConditions.textToBe(By.cssSelector("[data-testid=case-state]"), "派遣"));
        browser.act("accept", "处置中");
        // The case panel draws itself again after 签收: wait for the new photo form, not the old one.
        new Select(browser.waitFor(By.name("stage"))).selectByValue("after");
        browser.waitFor(By.cssSelector("[data-testid=photo-file]")).sendKeys(BrowserForTest.photoFile(new Color(0x7a9a5a)).toString());
        browser.timed("上传照片", () -> browser.driver.findElement(By.cssSelector("[data-testid=photo-upload]")).click(),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=photos] [data-stage=after] img")));
        browser.act("reply", "已反馈", "建筑垃圾已清运");
        browser.assertCleanChinesePage("街乡镇：已反馈");
        browser.screenshot("town-02-replied");
        assertThat(as("zuoxi").get().uri("/api/v1/cases/by-number/{n}", dispatched).retrieve().body(Map.class).get("state"))
                .isEqualTo("reported_done");

        // 3. A point outside the township: said at once, and saving is refused.
        browser.openWorkspace("/?tab=report#16/39.80000/116.70000");
        WebElement map = browser.driver.findElement(By.id("map"));
        browser.timed("地图选点（辖区外）", () -> new Actions(browser.driver).moveToElement(map, 60, 40).click().perform(),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=outside-scope]")));
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=outside-scope]")).getText()).contains("不在您的辖区内");
        chooseCategoryAndDescribe("垃圾满溢（辖区外，不应保存）");
        browser.driver.findElement(By.cssSelector("[data-testid=save-case]")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=report-message]"), "不能保存"));
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=saved]"))).isEmpty();
        browser.assertCleanChinesePage("街乡镇：辖区外不能上报");
        browser.screenshot("town-03-outside-refused");

        // 4. Inside: the sentence names the township; saved; opened; registered (立案).
        browser.openWorkspace("/?tab=report#16/" + LAT + "/" + LON);
        WebElement inside = browser.driver.findElement(By.id("map"));
        browser.timed("地图选点（描述位置）", () -> new Actions(browser.driver).moveToElement(inside).click().perform(),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=sentence]")));
        assertThat(browser.waitFor(By.cssSelector("[data-testid=township]")).getText()).isEqualTo("漷县镇");
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=outside-scope]"))).isEmpty();
        chooseCategoryAndDescribe("井盖缺失，行人易跌落（乡镇浏览器测试）");
        WebElement saved = browser.timed("保存上报", () -> browser.driver.findElement(By.cssSelector("[data-testid=save-case]")).click(),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=saved]")));
        String own = saved.getAttribute("data-number");
        browser.assertCleanChinesePage("街乡镇：上报已保存");
        browser.screenshot("town-04-saved");
        browser.timed("查看案件", () -> saved.findElement(By.tagName("button")).click(),
                ExpectedConditions.textToBe(By.cssSelector("[data-testid=case-state]"), "受理"));
        browser.act("register", "立案");
        browser.assertCleanChinesePage("街乡镇：立案");
        browser.screenshot("town-05-registered");
        assertThat(as("zuoxi").get().uri("/api/v1/cases/by-number/{n}", own).retrieve().body(Map.class).get("state"))
                .isEqualTo("registered");

        // 5. Words that name no place give no location, and say so.
        browser.openTab("report");
        WebElement sentence = browser.waitFor(By.name("sentence"));
        sentence.clear();
        sentence.sendKeys("今天天气很好");
        browser.timed("按描述定位（无地名）", () -> sentence.sendKeys(Keys.ENTER), ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=locate-message] [role=alert]")));
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=locate-message]")).getText())
                .contains("描述中没有可识别的地名").doesNotContain("已定位");
        browser.assertCleanChinesePage("街乡镇：无法定位的描述");

        // 6. The search box finds a village of the township.
        WebElement search = browser.waitFor(By.cssSelector("[data-testid=search-input]"));
        browser.timed("搜索地名", () -> search.sendKeys("长凌营"), ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("[data-testid=search-results] .ld-search-row[data-kind=village]"), 0));
        browser.assertCleanChinesePage("街乡镇：搜索村名");
        browser.screenshot("town-06-search");
        search.sendKeys(Keys.ESCAPE);

        // 7. The township's rates.
        browser.openTab("stats");
        WebElement stats = browser.waitFor(By.cssSelector("[data-testid=stats] .ld-kpis"));
        assertThat(stats.getText()).contains("响应率").contains("按期结案率");
        browser.assertCleanChinesePage("街乡镇：考核");
        browser.screenshot("town-07-rates");
    }

    private static void chooseCategoryAndDescribe(String description) {
        WebElement categorySearch = browser.driver.findElement(By.name("category-search"));
        categorySearch.clear();
        categorySearch.sendKeys("井盖");
        browser.waitFor(By.cssSelector("[data-testid=category-list] [data-code=B0102]")).click();
        WebElement text = browser.driver.findElement(By.name("description"));
        text.clear();
        text.sendKeys(description);
    }
}
