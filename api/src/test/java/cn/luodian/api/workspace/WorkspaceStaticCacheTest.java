package cn.luodian.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.workspace.BrowserForTest.Screen;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Issue 13's whole-page clicks: once the workspace has loaded, opening it again (a case link, signing
 * in again) asks the server for none of its code — every module, stylesheet and Leaflet file comes
 * from the browser's cache under the versioned prefix, not even a 304 — and a panel opened on the
 * second page reuses the code the first page loaded. From the browser's Resource Timing: a file
 * served from the cache has a transferSize of 0, a revalidated one its headers' size.
 */
class WorkspaceStaticCacheTest {
    /** Each resource of the page since it started: path, bytes transferred, duration. */
    private static final String RESOURCES = """
            return performance.getEntriesByType('resource').map(r => ({
              path: r.name.replace(location.origin, ''), transferSize: r.transferSize,
              start: Math.round(r.startTime), end: Math.round(r.responseEnd) }));""";
    /** Where the page's time went: the document, its DOMContentLoaded, the map usable, and now (workspace ready). */
    private static final String MILESTONES = """
            const nav = performance.getEntriesByType('navigation')[0];
            const usable = performance.getEntriesByName('ld-map-usable')[0];
            return 'document ' + Math.round(nav.responseEnd) + ' ms (server ' + Math.round(nav.responseEnd - nav.requestStart)
              + ' ms), DOMContentLoaded ' + Math.round(nav.domContentLoadedEventEnd) + ' ms, map usable '
              + (usable ? Math.round(usable.startTime) : '-') + ' ms, workspace ready by ' + Math.round(performance.now()) + ' ms';""";

    /** The page's long main-thread tasks so far (Chromium buffers them for a late observer). */
    private static final String LONG_TASKS = """
            const done = arguments[arguments.length - 1];
            new PerformanceObserver((list, observer) => {
              observer.disconnect();
              done(list.getEntries().map(t => Math.round(t.startTime) + '+' + Math.round(t.duration)).join(', '));
            }).observe({ type: 'longtask', buffered: true });
            setTimeout(() => done('none seen'), 1000);""";

    @Test
    void theSecondPageLoadTakesAllItsCodeFromTheCache() {
        long caseId = DispatchedCaseForTest.toUnit(DispatchedCaseForTest.unitOf("chengguan"), "B0101",
                "上水井盖松动（缓存测试）", 116.7726, 39.7588).id();
        try (BrowserForTest browser = BrowserForTest.open(Screen.DESKTOP)) {
            browser.signIn("zuoxi");
            browser.openTab("stats");
            List<Map<String, Object>> first = resources(browser);
            assertThat(first).as("the first load fetches its code under the versioned prefix")
                    .filteredOn(r -> path(r).startsWith("/static/")).hasSizeGreaterThan(30);
            browser.assertCleanChinesePage("缓存测试：首次加载");

            browser.timedPageLoad(ClickTimes.PAGE_LOAD + "案件链接", () -> browser.driver.get(browser.baseUrl + "/?tab=cases&case=" + caseId),
                    "[data-testid=case-state]",
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=case-state]")));
            String shown = String.valueOf(browser.script("return Math.round(performance.now())"));
            browser.waitFor(ExpectedConditions.attributeToBe(By.tagName("body"), "data-workspace-ready", "true"));
            String milestones = String.valueOf(browser.script(MILESTONES));
            Object longTasks = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(LONG_TASKS);
            browser.openTab("stats");
            List<Map<String, Object>> second = resources(browser);
            System.out.println("second page load (a case link): case shown by " + shown + " ms, " + milestones);
            System.out.println("second page load: main-thread tasks over 50 ms (start+duration): " + longTasks);
            print(second);
            browser.screenshot("31-second-load-from-cache");
            browser.assertCleanChinesePage("缓存测试：再次加载");

            assertThat(second).as("no request for a plain (revalidated) path of the frontend")
                    .noneMatch(r -> path(r).matches("/(js|css|webjars)/.*"));
            List<Map<String, Object>> code = second.stream().filter(r -> path(r).startsWith("/static/")).toList();
            assertThat(code).as("the second page's code, the stats panel's included").hasSizeGreaterThan(30)
                    .anyMatch(r -> path(r).endsWith("/js/stats/stats-panel.js"))
                    .allSatisfy(r -> assertThat(((Number) r.get("transferSize")).longValue())
                            .as(path(r) + " from the cache, without asking the server").isZero());
        }
    }

    private static String path(Map<String, Object> resource) {
        return String.valueOf(resource.get("path"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> resources(BrowserForTest browser) {
        return (List<Map<String, Object>>) browser.script(RESOURCES);
    }

    /** What the second page still asks the server for, with sizes and durations (the rest came from the cache). */
    private static void print(List<Map<String, Object>> resources) {
        long cached = resources.stream().filter(r -> ((Number) r.get("transferSize")).longValue() == 0).count();
        System.out.println("second page load: " + resources.size() + " resources, " + cached + " from the cache; asked the server for:");
        resources.stream().filter(r -> ((Number) r.get("transferSize")).longValue() > 0)
                .forEach(r -> System.out.println("  " + path(r) + " " + r.get("transferSize") + " B, "
                        + r.get("start") + "–" + r.get("end") + " ms"));
    }
}
