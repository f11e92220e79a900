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
        browser.driver.findElement(By.id("tab-cases")).click();
        browser.waitFor(By.cssSelector("[data-testid=case-count]"));
        assertThat(horizontalOverflow()).isZero();
        browser.screenshot("13-phone-case-list");
    }

    private long horizontalOverflow() {
        return ((Number) browser.script("return document.documentElement.scrollWidth - window.innerWidth")).longValue();
    }
}
