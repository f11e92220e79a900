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
import org.openqa.selenium.interactions.Actions;

/**
 * A grid worker on a phone (390×844): the map above, the panel as a bottom sheet; reporting from
 * the phone describes the tapped point, and nothing spills out of the screen.
 */
class WorkspacePhoneTest {
    private static BrowserForTest browser;

    @BeforeAll
    static void openBrowser() {
        browser = BrowserForTest.open(Screen.PHONE);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void townshipStaffReportFromAPhone() {
        browser.signIn("huoxian");
        browser.openWorkspace("/?tab=report#15/39.76000/116.80000");
        assertThat((Number) browser.script("return window.innerWidth")).isEqualTo(390L);
        List<String> tabs = browser.driver.findElements(By.cssSelector("#tabs button")).stream()
                .map(b -> b.getAttribute("data-tab")).toList();
        assertThat(tabs).containsExactly("cases", "report", "stats", "grids");

        // The map is above the sheet and takes the taps.
        WebElement map = browser.driver.findElement(By.id("map"));
        assertThat(map.getRect().getHeight()).isGreaterThan(300);
        new Actions(browser.driver).moveToElement(map, 30, -20).click().perform();
        browser.waitFor(By.cssSelector("[data-testid=describe][data-lon]"));
        WebElement sentence = browser.waitFor(By.cssSelector("[data-testid=sentence]"));
        Map<?, ?> described = DemoServerForTest.http().get().uri("/api/v1/describe?lon={lon}&lat={lat}",
                browser.driver.findElement(By.cssSelector("[data-testid=describe]")).getAttribute("data-lon"),
                browser.driver.findElement(By.cssSelector("[data-testid=describe]")).getAttribute("data-lat"))
                .retrieve().body(Map.class);
        assertThat(sentence.getText()).isEqualTo(described.get("text"));
        assertThat(horizontalOverflow()).as("page wider than the phone").isZero();
        browser.screenshot("11-phone-report");

        // The sheet folds down to its tabs and the map grows.
        long before = map.getRect().getHeight();
        browser.driver.findElement(By.id("sheet-toggle")).click();
        browser.waitFor(d -> map.getRect().getHeight() > before);
        // Leaflet redraws for the new size (ResizeObserver, invalidateSize, moveend): base tiles or the vector canvas.
        browser.waitFor(d -> (Boolean) browser.script(
                "const map = document.getElementById('map').getBoundingClientRect();"
                + "const drawn = document.querySelectorAll('.leaflet-ld-roads-pane canvas, .leaflet-tile-pane img.leaflet-tile-loaded');"
                + "return [...drawn].some((e) => e.getBoundingClientRect().bottom >= map.bottom - 1);"));
        browser.screenshot("12-phone-sheet-folded");
        browser.openTab("cases");
        browser.waitFor(By.cssSelector("[data-testid=case-count]"));
        assertThat(horizontalOverflow()).isZero();
        browser.screenshot("13-phone-case-list");
    }

    @Test
    void theAdministratorsElevenTabsFitThePhoneWithAMoreMenu() {
        browser.signIn("admin", DemoServerForTest.ADMIN_PASSWORD);
        browser.openWorkspace("/?tab=cases#12/39.82000/116.70000");
        browser.waitFor(org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe(By.id("tabs"), "data-fitted", "true"));
        // The bar never scrolls sideways: what does not fit is in 更多.
        Number hiddenWidth = (Number) browser.script("const t = document.getElementById('tabs'); return t.scrollWidth - t.clientWidth;");
        assertThat(hiddenWidth.longValue()).isLessThanOrEqualTo(0);
        WebElement more = browser.driver.findElement(By.id("tabs-more"));
        assertThat(more.isDisplayed()).isTrue();
        assertThat(more.getText()).startsWith("更多");
        more.click();
        List<String> inMenu = browser.driver.findElements(By.cssSelector("#tabs-more-menu [role=menuitem]")).stream()
                .map(WebElement::getText).toList();
        assertThat(inMenu).isNotEmpty().contains("挂账督办");
        browser.assertCleanChinesePage("管理员：手机上的更多菜单");
        browser.screenshot("14-phone-more-menu");
        // A tab from the menu opens and takes its place in the bar.
        browser.driver.findElement(By.cssSelector("#tabs-more-menu [data-tab=exposure]")).click();
        browser.waitFor(org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe(By.id("tab-exposure"), "aria-selected", "true"));
        browser.waitFor(d -> browser.driver.findElement(By.id("tab-exposure")).isDisplayed());
        assertThat(horizontalOverflow()).isZero();
        browser.assertCleanChinesePage("管理员：手机上从更多打开挂账督办");
        browser.screenshot("15-phone-tab-from-more");
    }

    private long horizontalOverflow() {
        return ((Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
    }
}
