package cn.luodian.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.workspace.BrowserForTest.Screen;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.web.client.RestClient;

/**
 * The workspace in a real browser at 1366×768 on the demo region: a dispatcher signs in, places a
 * case by clicking the map (the sentence shown is the one /api/v1/describe gives for that point),
 * saves it, finds it in the list, registers and dispatches it and sees the state change; the rates
 * dashboard and the role-dependent panels. One browser for the class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkspaceCaseFlowTest {
    /** A demo unit that no dispatch rule chooses for this test's case, so choosing it is a real override. */
    private static final String WATER_BUREAU = "通州区水务局（示例）";
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

    @Test
    @Order(1)
    void aDispatcherPlacesACaseFindsItAndDispatchesIt() {
        browser.signIn("zuoxi");
        browser.openWorkspace("/?tab=report#16/39.80000/116.70000");
        assertThat(browser.waitFor(By.cssSelector("[data-testid=role]")).getText()).isEqualTo("坐席员");

        // Place the case by clicking the map; the panel describes the point.
        WebElement map = browser.driver.findElement(By.id("map"));
        new Actions(browser.driver).moveToElement(map, 60, 40).click().perform();
        WebElement describe = browser.waitFor(By.cssSelector("[data-testid=describe][data-lon]"));
        browser.waitFor(ExpectedConditions.not(ExpectedConditions.attributeToBeNotEmpty(describe, "data-pending")));
        String lon = describe.getAttribute("data-lon");
        String lat = describe.getAttribute("data-lat");
        String shown = browser.waitFor(By.cssSelector("[data-testid=sentence]")).getText();
        Map<?, ?> described = http.get().uri("/api/v1/describe?lon={lon}&lat={lat}", lon, lat).retrieve().body(Map.class);
        assertThat(shown).isEqualTo(described.get("text")).contains("张家湾镇");
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=township]")).getText())
                .isEqualTo(((Map<?, ?>) described.get("township")).get("name"));
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=grid-cell]")).getText())
                .isEqualTo(((Map<?, ?>) described.get("gridCell")).get("code"));

        // Category by search, description, save.
        browser.driver.findElement(By.name("category-search")).sendKeys("井盖");
        browser.waitFor(By.cssSelector("[data-testid=category-list] [data-code=B0102]")).click();
        browser.driver.findElement(By.name("description")).sendKeys("污水井盖破损（浏览器测试）");
        browser.screenshot("01-report-placed");
        browser.driver.findElement(By.cssSelector("[data-testid=save-case]")).click();
        WebElement saved = browser.waitFor(By.cssSelector("[data-testid=saved]"));
        String number = saved.getAttribute("data-number");
        long id = Long.parseLong(saved.getAttribute("data-case-id"));
        assertThat(number).matches("TZ-\\d{8}-\\d{5}");
        Map<?, ?> stored = asZuoxi().get().uri("/api/v1/cases/{id}", id).retrieve().body(Map.class);
        assertThat(stored.get("text")).isEqualTo(shown);
        assertThat(stored.get("state")).isEqualTo("received");
        browser.screenshot("02-report-saved");

        // Find it in the list (which follows the map extent) and open it.
        browser.openTab("cases");
        WebElement item = browser.waitFor(By.cssSelector("[data-testid=case-list] li[data-number='" + number + "']"));
        assertThat(item.getText()).contains("污水井盖").contains("受理");
        browser.screenshot("03-case-list");
        item.click();
        WebElement state = browser.waitFor(By.cssSelector("[data-testid=case-state]"));
        assertThat(state.getText()).isEqualTo("受理");
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=clocks]")).getText()).contains("派遣时限").contains("剩余");

        // A photo of the scene (处置前), uploaded as multipart and shown in its column.
        browser.driver.findElement(By.cssSelector("[data-testid=photo-file]")).sendKeys(BrowserForTest.photoFile(new Color(0x8a8f94)).toString());
        browser.driver.findElement(By.cssSelector("[data-testid=photo-upload]")).click();
        browser.waitFor(By.cssSelector("[data-testid=photos] [data-stage=before] img"));

        // Register, then dispatch, as the dispatcher, who overrides the rules' unit; the state and the
        // unit change on the page and in the store.
        browser.act("register", "立案");
        browser.waitFor(By.cssSelector("[data-testid=case-actions] [data-action=dispatch]")).click();
        Select unit = new Select(browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=dispatch-unit]"))));
        assertThat(unit.getFirstSelectedOption().getText()).endsWith("（派遣规则推荐）");
        unit.selectByVisibleText(WATER_BUREAU);
        browser.screenshot("04-case-dispatch-unit");
        browser.waitFor(By.cssSelector("[data-confirm=dispatch]")).click();
        browser.waitFor(ExpectedConditions.textToBe(By.cssSelector("[data-testid=case-state]"), "派遣"));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=timeline]"), "派遣"));
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=case-panel]")).getText()).contains(WATER_BUREAU);
        browser.screenshot("04-case-dispatched");
        browser.assertCleanChinesePage("坐席员：派遣之后");
        Map<?, ?> after = asZuoxi().get().uri("/api/v1/cases/{id}", id).retrieve().body(Map.class);
        assertThat(after.get("state")).isEqualTo("dispatched");
        assertThat(((Map<?, ?>) after.get("unit")).get("name")).isEqualTo(WATER_BUREAU);

        // The list line changes with it.
        browser.driver.findElement(By.cssSelector(".ld-back")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=case-list] li[data-number='" + number + "']"), "派遣"));
    }

    @Test
    @Order(2)
    void theDispatcherQueuePinsUrgentCasesAndShowsOverdueInRed() {
        browser.openWorkspace("/?tab=queue");
        List<WebElement> items = browser.waitFor(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector("[data-testid=queue] li[data-case-id]"), 0));
        assertThat(items.get(0).getText()).containsAnyOf("紧急", "特急");
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=queue] li.overdue"))).isNotEmpty();
        String red = (String) browser.script("return getComputedStyle(document.querySelector('[data-testid=queue] li.overdue .ld-overdue-tag')).color");
        assertThat(red).isEqualTo("rgb(212, 35, 26)");
        browser.screenshot("05-dispatcher-queue");
    }

    @Test
    @Order(3)
    void aSupervisorSeesTheRatesAndTheMonthlyRanking() {
        browser.signIn("duban");
        browser.openWorkspace("/?tab=stats");
        WebElement stats = browser.waitFor(By.cssSelector("[data-testid=stats] .ld-kpis"));
        assertThat(stats.getText()).contains("响应率").contains("解决率").contains("满意率").contains("按期结案率");
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=stats] svg.ld-chart rect"))).isNotEmpty();
        WebElement ranking = browser.waitFor(By.cssSelector("[data-testid=ranking]"));
        assertThat(ranking.getText()).contains("名次").contains("街道");
        browser.screenshot("06-rates-dashboard");
        browser.assertCleanChinesePage("督办：考核");
        // The URL keeps the panel: a shared link opens the same view.
        assertThat(browser.driver.getCurrentUrl()).contains("tab=stats");
    }

    @Test
    @Order(4)
    void aSupervisorOpensTheExposureDeskFromTheWorkspace() {
        browser.signIn("duban");
        browser.openWorkspace("/");
        browser.waitFor(By.cssSelector("[data-testid=exposure-desk-link]")).click();
        browser.waitFor(ExpectedConditions.urlContains("/exposure-desk.html"));
        browser.waitFor(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#periods li"), 1));
        assertThat(browser.driver.findElement(By.id("periods")).getText()).contains("第192期").contains("第191期");
        browser.screenshot("07-exposure-desk-from-workspace");
        browser.waitFor(By.cssSelector("[data-testid=workspace-link]")).click();
        browser.waitFor(ExpectedConditions.attributeToBe(By.tagName("body"), "data-workspace-ready", "true"));
    }

    @Test
    @Order(5)
    void wordsThatNameNoPlaceAreNotPlacedAndSaySoInChinese() {
        browser.signIn("zuoxi");
        browser.openWorkspace("/?tab=report#16/39.80000/116.70000");
        WebElement sentence = browser.waitFor(By.name("sentence"));
        sentence.sendKeys("TZ-20261207-00005");
        sentence.sendKeys(org.openqa.selenium.Keys.ENTER);
        WebElement message = browser.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-testid=locate-message] [role=alert]")));
        assertThat(message.getText()).contains("描述中没有可识别的地名").doesNotContain("已定位");
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=describe][data-lon]"))).isEmpty();
        browser.screenshot("08-locate-names-nothing");
        browser.assertCleanChinesePage("坐席员：无法定位的描述");
    }

    @Test
    @Order(6)
    void aCaseIsOpenedByItsNumber() {
        browser.signIn("zuoxi");
        Map<?, ?> page = asZuoxi().get().uri("/api/v1/cases?limit=1").retrieve().body(Map.class);
        String number = (String) ((Map<?, ?>) ((List<?>) page.get("cases")).get(0)).get("number");
        browser.openWorkspace("/?tab=cases");
        WebElement search = browser.waitFor(By.name("case-number"));
        search.sendKeys("TZ-19990101-00001", org.openqa.selenium.Keys.ENTER);
        assertThat(browser.waitFor(By.cssSelector("[data-testid=number-search-message] [role=alert]")).getText())
                .contains("没有找到案件 TZ-19990101-00001");
        search.clear();
        search.sendKeys(number, org.openqa.selenium.Keys.ENTER);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=case-panel]"), number));
        browser.screenshot("09-case-by-number");
        browser.assertCleanChinesePage("坐席员：按编号打开案件", "by-number/TZ-19990101-00001");
    }

    @Test
    @Order(7)
    void townshipStaffAreToldAtOnceWhenThePointIsOutsideTheirTownship() {
        browser.signIn("huoxian");
        browser.openWorkspace("/?tab=report#16/39.80000/116.70000");
        new Actions(browser.driver).moveToElement(browser.driver.findElement(By.id("map")), 60, 40).click().perform();
        WebElement warning = browser.waitFor(By.cssSelector("[data-testid=outside-scope]"));
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=township]")).getText()).isEqualTo("张家湾镇");
        assertThat(warning.getText()).contains("不在您的辖区内");
        browser.screenshot("11-outside-jurisdiction");
        browser.assertCleanChinesePage("街乡镇：辖区外的点");
    }

    @Test
    @Order(8)
    void theAdministratorReadsTheAuditLogOfOneCase() {
        Map<?, ?> page = asZuoxi().get().uri("/api/v1/cases?limit=1").retrieve().body(Map.class);
        Map<?, ?> newest = (Map<?, ?>) ((List<?>) page.get("cases")).get(0);
        browser.signIn("admin", DemoServerForTest.ADMIN_PASSWORD);
        browser.openWorkspace("/?tab=audit");
        assertThat(tabs()).contains("audit");
        browser.waitFor(By.cssSelector("[data-testid=audit-results] tbody tr"));
        browser.driver.findElement(By.name("audit-case")).sendKeys((String) newest.get("number"));
        browser.driver.findElement(By.cssSelector("[data-testid=audit-search]")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=audit-results]"), "案件 #" + newest.get("id")));
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("[data-testid=audit-results] tbody tr"));
        assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.getText()).contains("案件 #" + newest.get("id")));
        assertThat(rows.get(rows.size() - 1).getText()).contains("上报案件");
        browser.screenshot("12-audit-log");
        browser.assertCleanChinesePage("管理员：审计");
    }

    @Test
    @Order(9)
    void eachRoleSeesOnlyItsPanels() {
        browser.signIn("chengguan");
        browser.openWorkspace("/");
        browser.waitFor(By.id("tab-cases"));
        assertThat(tabs()).containsExactly("cases", "stats");
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=exposure-desk-link]"))).isEmpty();
        // A unit's inbox: what waits to be accepted, what it works on, what is overdue; the tab counts the first.
        WebElement inbox = browser.waitFor(By.cssSelector("[data-testid=inbox] [data-inbox=waiting]"));
        long waiting = total("chengguan", "state=dispatched");
        assertThat(inbox.getText()).isEqualTo("待签收\n" + waiting);
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=inbox] [data-inbox=working]")).getText())
                .isEqualTo("处置中\n" + total("chengguan", "state=in_progress"));
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=inbox] [data-inbox=overdue]")).getText()).startsWith("超期");
        if (waiting > 0) {
            WebElement badge = browser.driver.findElement(By.cssSelector("[data-testid=badge-cases]"));
            assertThat(badge.getText()).isEqualTo(waiting > 99 ? "99+" : String.valueOf(waiting));
            assertThat(badge.getAttribute("title")).startsWith("待签收 " + waiting + " 件");
        }
        browser.screenshot("10-unit-inbox");
        browser.assertCleanChinesePage("责任单位：收件箱");
        browser.signIn("fenxi");
        browser.openWorkspace("/");
        browser.waitFor(By.id("tab-cases"));
        assertThat(tabs()).containsExactly("cases", "stats", "hotspots");
        browser.driver.manage().deleteAllCookies();
        browser.openWorkspace("/");
        assertThat(browser.waitFor(By.cssSelector("[data-testid=sign-in]")).getText()).isEqualTo("登录");
        assertThat(tabs()).containsExactly("welcome");
        browser.screenshot("07-signed-out");
    }

    private List<String> tabs() {
        return browser.driver.findElements(By.cssSelector("#tabs button")).stream().map(b -> b.getAttribute("data-tab")).toList();
    }

    private RestClient asZuoxi() {
        return as("zuoxi");
    }

    private RestClient as(String user) {
        return DemoServerForTest.asDemoUser(user);
    }

    /** How many of the user's cases a list with this query counts. */
    private long total(String user, String query) {
        return ((Number) as(user).get().uri("/api/v1/cases?limit=1&" + query).retrieve().body(Map.class).get("total")).longValue();
    }
}
