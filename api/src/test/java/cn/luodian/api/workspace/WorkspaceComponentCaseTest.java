package cn.luodian.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.storage.Database;
import cn.luodian.api.workspace.BrowserForTest.Screen;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A hotline case about a city component (部件), walked in a real browser by the dispatcher (坐席员):
 * a report of a missing water cover a few metres from a demo cover is offered that cover, links it,
 * is registered with the cover marked 丢失, and at 派遣 the cover's owner is the proposed unit; the
 * owner's handling (签收, 反馈) goes through the API as the administrator, for no demo user works
 * for that unit; the dispatcher then verifies and closes it, and the cover is 完好 again.
 */
class WorkspaceComponentCaseTest {
    private static final String OWNER = "通州区自来水公司（示例）";
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

    private static RestClient as(String user, String password) {
        return DemoServerForTest.as(Database.H2GIS, user, password);
    }

    @SuppressWarnings("unchecked")
    @Test
    void aDispatcherLinksAMissingCoverDispatchesToItsOwnerAndClosureRepairsIt() {
        RestClient zuoxi = as("zuoxi", "zuoxi-demo");
        // A demo cover (示例) of 漷县镇's water company, not linked to any case yet.
        List<Map<String, Object>> covers = (List<Map<String, Object>>) zuoxi.get()
                .uri("/api/v1/components?category=B0101&code=110112&status=完好&limit=200").retrieve().body(Map.class).get("features");
        Map<String, Object> cover = covers.stream().filter(c -> ((List<?>) zuoxi.get()
                .uri("/api/v1/components/{code}/cases", ((Map<?, ?>) c.get("properties")).get("code")).retrieve().body(Map.class)
                .get("cases")).isEmpty()).findFirst().orElseThrow();
        String code = (String) ((Map<?, ?>) cover.get("properties")).get("code");
        List<Number> at = (List<Number>) ((Map<?, ?>) cover.get("geometry")).get("coordinates");
        double lon = at.get(0).doubleValue() + 0.00006; // about 5 m east
        double lat = at.get(1).doubleValue();

        browser.signIn("zuoxi");
        browser.openWorkspace("/?tab=report#17/" + lat + "/" + lon);
        WebElement coordinates = browser.waitFor(By.name("coordinates"));
        coordinates.sendKeys("%.7f, %.7f".formatted(lon, lat), Keys.ENTER);
        browser.waitFor(By.cssSelector("[data-testid=describe][data-lon]"));
        browser.driver.findElement(By.name("category-search")).sendKeys("上水井盖");
        browser.waitFor(By.cssSelector("[data-testid=category-list] [data-code=B0101]")).click();

        // The covers within 30 m, nearest first: the demo cover is the first choice.
        WebElement choice = browser.waitFor(By.cssSelector("[data-testid=nearby-components] input[value='" + code + "']"));
        WebElement nearby = browser.driver.findElement(By.cssSelector("[data-testid=nearby-components]"));
        assertThat(nearby.getText()).contains("关联部件（30 米内").contains("上水井盖 " + code).contains("权属：" + OWNER)
                .contains("不关联部件");
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=nearby-components] input[type=radio]")).get(0)
                .getAttribute("value")).isEqualTo(code);
        choice.click();
        browser.driver.findElement(By.name("description")).sendKeys("上水井盖丢失（浏览器测试）");
        new Select(browser.driver.findElement(By.name("source"))).selectByValue("hotline_12345");
        browser.screenshot("component-01-report-nearby");
        browser.driver.findElement(By.cssSelector("[data-testid=save-case]")).click();
        WebElement saved = browser.waitFor(By.cssSelector("[data-testid=saved]"));
        assertThat(saved.getText()).contains("已关联部件 " + code).contains(OWNER);
        long id = Long.parseLong(saved.getAttribute("data-case-id"));

        // The case shows its cover; 立案 marks the cover 丢失.
        saved.findElement(By.cssSelector("button")).click();
        WebElement component = browser.waitFor(By.cssSelector("[data-testid=case-component]"));
        assertThat(component.getText()).contains("上水井盖 " + code).contains("状态：").contains("权属：" + OWNER);
        step("register", "丢失", "立案");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=case-component]"), "状态：丢失"));

        // 派遣: the owner is proposed, as the component's.
        browser.waitFor(By.cssSelector("[data-testid=case-actions] [data-action=dispatch]")).click();
        Select unit = new Select(browser.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-testid=dispatch-unit]"))));
        assertThat(unit.getFirstSelectedOption().getText()).isEqualTo(OWNER + "（部件权属单位）");
        browser.screenshot("component-02-dispatch-to-owner");
        browser.waitFor(By.cssSelector("[data-confirm=dispatch]")).click();
        browser.waitFor(ExpectedConditions.textToBe(By.cssSelector("[data-testid=case-state]"), "派遣"));
        assertThat(browser.driver.findElement(By.cssSelector("[data-testid=case-panel]")).getText()).contains(OWNER);

        // The owner's unit handles it (no demo user works there: the administrator steps in for it).
        RestClient admin = as("admin", DemoServerForTest.ADMIN_PASSWORD);
        for (String action : List.of("accept", "reply")) {
            admin.post().uri("/api/v1/cases/{id}/transitions", id).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("action", action, "note", "已更换井盖")).retrieve().toBodilessEntity();
        }

        // The dispatcher verifies and closes it; the cover is 完好 again, with the case in its history.
        browser.openWorkspace("/?tab=cases");
        WebElement search = browser.waitFor(By.name("case-number"));
        search.sendKeys((String) zuoxi.get().uri("/api/v1/cases/{id}", id).retrieve().body(Map.class).get("number"), Keys.ENTER);
        browser.waitFor(ExpectedConditions.textToBe(By.cssSelector("[data-testid=case-state]"), "已反馈"));
        browser.act("verify", "核查");
        step("close", "", "结案");
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-testid=case-component]"), "状态：完好"));
        browser.screenshot("component-03-closed-repaired");
        browser.assertCleanChinesePage("坐席员：部件案件结案");

        Map<String, Object> after = (Map<String, Object>) zuoxi.get().uri("/api/v1/components/{code}", code).retrieve()
                .body(Map.class).get("properties");
        assertThat(after.get("status")).isEqualTo("完好");
        assertThat((List<Map<String, Object>>) after.get("history")).extracting(h -> h.get("newStatus")).containsSubsequence("丢失", "完好");
    }

    @SuppressWarnings("unchecked")
    @Test
    void aUserShowsTheComponentsFiltersThemAndOpensACard() {
        RestClient zuoxi = as("zuoxi", "zuoxi-demo");
        Map<String, Object> cover = ((List<Map<String, Object>>) zuoxi.get()
                .uri("/api/v1/components?category=B0101&code=1101120101&limit=1").retrieve().body(Map.class).get("features")).get(0);
        String code = (String) ((Map<?, ?>) cover.get("properties")).get("code");
        List<Number> at = (List<Number>) ((Map<?, ?>) cover.get("geometry")).get("coordinates");

        browser.signIn("zuoxi");
        browser.openWorkspace("/?tab=cases&layers=district,roads,components#18/" + at.get(1) + "/" + at.get(0));
        browser.waitFor(By.cssSelector("[data-testid=component-count]"));
        browser.waitFor(ExpectedConditions.textMatches(By.cssSelector("[data-testid=component-count]"), java.util.regex.Pattern.compile("本视图 [1-9]\\d* 个部件")));
        assertThat(browser.driver.findElement(By.id("map")).getText()).contains("部件（字为大类，颜色为状态）").contains("公用设施");

        // 大类 → its 小类; a status no component in view has empties the view, 全部 brings them back.
        Select major = new Select(browser.waitFor(By.name("component-major")));
        browser.waitFor(d -> major.getOptions().size() > 1);
        major.selectByValue("B01");

        Select category = new Select(browser.driver.findElement(By.name("component-category")));
        browser.waitFor(d -> category.getOptions().stream().anyMatch(o -> "B0101".equals(o.getAttribute("value"))));
        category.selectByValue("B0101");

        browser.waitFor(ExpectedConditions.textMatches(By.cssSelector("[data-testid=component-count]"), java.util.regex.Pattern.compile("本视图 [1-9]\\d* 个部件")));
        Select status = new Select(browser.driver.findElement(By.name("component-status-filter")));
        status.selectByValue("废弃");

        browser.waitFor(ExpectedConditions.textToBe(By.cssSelector("[data-testid=component-count]"), "本视图 0 个部件"));
        status.selectByValue("");
        browser.waitFor(ExpectedConditions.textMatches(By.cssSelector("[data-testid=component-count]"), java.util.regex.Pattern.compile("本视图 [1-9]\\d* 个部件")));
        browser.screenshot("component-04-layer-filtered");

        // A click on the cover's mark opens its card (the legend folded first: it may cover the mark).
        browser.driver.findElement(By.cssSelector("[data-testid=legend] summary")).click();
        WebElement mark = browser.waitFor(By.cssSelector(".ld-component-icon[title*='" + code + "']"));
        assertThat(mark.getText()).isEqualTo("公");
        mark.click();
        browser.waitFor(By.cssSelector("[data-testid=component-card][data-code='" + code + "'] .ld-props"));
        WebElement card = browser.driver.findElement(By.cssSelector("[data-testid=component-card]"));
        // The whole card (the popup scrolls when long); its title must be in sight once the map has panned.
        String text = card.getDomProperty("textContent");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=component-card] .ld-component-title")));
        assertThat(text).contains("上水井盖 " + code).contains("示例").contains("权属单位").contains(OWNER).contains("变更历史")
                .contains("新增").contains("相关案件");
        browser.screenshot("component-05-card");
        browser.assertCleanChinesePage("坐席员：部件图层与部件卡片");
    }

    /** A step with the component status chosen in its form ('' keeps the default). */
    private static void step(String action, String componentStatus, String expectedState) {
        browser.waitFor(By.cssSelector("[data-testid=case-actions] [data-action=" + action + "]")).click();
        Select status = new Select(browser.waitFor(By.cssSelector("[data-testid=component-status]")));
        status.selectByValue(componentStatus);
        browser.waitFor(By.cssSelector("[data-confirm=" + action + "]")).click();
        browser.waitFor(ExpectedConditions.textToBe(By.cssSelector("[data-testid=case-state]"), expectedState));
    }
}
