package cn.luodian.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.workspace.BrowserForTest.Screen;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.http.MediaType;

/**
 * The heat layer and the planner's Gi* analysis, which need the tile and hotspot endpoints of
 * issue 5. Each test runs when the server has its endpoint and is reported as disabled, with the
 * reason, while it does not; a third test checks what the page does meanwhile (a clear Chinese
 * message, the layer disabled in the control).
 */
class WorkspaceAnalysisLayersTest {
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

    static boolean heatTilesServed() {
        return status("/tiles/heat/12/3376/1553.png") != 404;
    }

    static boolean giStarServed() {
        String token = Base64.getEncoder().encodeToString("fenxi:fenxi-demo".getBytes(StandardCharsets.UTF_8));
        int status = DemoServerForTest.http().post().uri("/api/v1/hotspots/gi-star")
                .header("Authorization", "Basic " + token).contentType(MediaType.APPLICATION_JSON)
                .body("{\"units\":\"grid\",\"distanceBandMetres\":500}").retrieve().toBodilessEntity().getStatusCode().value();
        return status != 404 && status != 405;
    }

    static boolean analysisEndpointsMissing() {
        return !heatTilesServed() && !giStarServed();
    }

    @Test
    @EnabledIf(value = "heatTilesServed", disabledReason = "needs /tiles/heat from issue 5 (not on this branch yet)")
    void switchingOnTheHeatLayerLoadsItsTiles() {
        browser.signIn("fenxi");
        browser.openWorkspace("/#12/39.82000/116.70000");
        WebElement heat = layerControlInput("案件热力");
        assertThat(heat.isEnabled()).isTrue();
        heat.click();
        browser.waitFor(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector(".ld-tiles-heat img.leaflet-tile-loaded"), 0));
        Number loaded = (Number) browser.script(
                "return performance.getEntriesByType('resource').filter(r => r.name.includes('/tiles/heat/') && r.responseStatus === 200).length");
        assertThat(loaded.intValue()).isPositive();
        assertThat(browser.waitFor(By.cssSelector("[data-testid=legend] [data-legend=heat]")).getText()).contains("案件热力");
        browser.screenshot("31-heat-layer");
    }

    @Test
    @EnabledIf(value = "giStarServed", disabledReason = "needs POST /api/v1/hotspots/gi-star from issue 5 (not on this branch yet)")
    void aPlannerRunsGiStarAndSeesTheLegend() {
        browser.signIn("fenxi");
        browser.openWorkspace("/?tab=hotspots");
        browser.waitFor(By.cssSelector("[data-testid=run-hotspot]")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-testid=hotspot-results] table")));
        WebElement legend = browser.waitFor(By.cssSelector("[data-testid=legend] [data-legend=hotspots-result]"));
        assertThat(legend.getText()).contains("热点 99% 置信度").contains("冷点 99% 置信度");
        // Drawn on one canvas (issue 13), not one SVG path per cell.
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("canvas.ld-hotspot-canvas[data-drawn-cells]")));
        // The table and its parameter line in Chinese, the strongest clusters (largest |z|) first.
        String parameters = browser.driver.findElement(By.cssSelector("[data-testid=hotspot-parameters]")).getText();
        assertThat(parameters).startsWith("参数：").contains("分析单元：单元网格").doesNotContain("units=");
        List<String> headers = browser.driver.findElements(By.cssSelector("[data-testid=hotspot-results] th")).stream()
                .map(WebElement::getText).toList();
        assertThat(headers).contains("z 得分", "置信区间").noneMatch(h -> h.matches("[A-Za-z]+"));
        List<Double> z = browser.driver.findElements(By.cssSelector("[data-testid=hotspot-results] tbody tr")).stream()
                .limit(20).map(row -> Math.abs(Double.parseDouble(row.findElements(By.tagName("td"))
                        .get(headers.indexOf("z 得分")).getText()))).toList();
        assertThat(z).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        browser.screenshot("32-gi-star");
    }

    @Test
    @EnabledIf(value = "analysisEndpointsMissing", disabledReason = "the tile and hotspot endpoints exist: the other two tests cover them")
    void withoutTheEndpointsThePageSaysSoAndDisablesTheLayers() {
        browser.signIn("fenxi");
        browser.openWorkspace("/?tab=hotspots");
        assertThat(layerControlInput("案件热力").isEnabled()).isFalse();
        assertThat(layerControlInput("热点").isEnabled()).isFalse();
        assertThat(browser.driver.findElement(By.id("status")).getText()).contains("服务器尚未提供瓦片服务");
        browser.waitFor(By.cssSelector("[data-testid=run-hotspot]")).click();
        WebElement message = browser.waitFor(By.cssSelector("[data-testid=hotspot-message] .ld-notice"));
        assertThat(message.getText()).contains("服务器尚未提供热点分析接口");
        browser.screenshot("33-analysis-endpoints-missing");
    }

    private WebElement layerControlInput(String label) {
        List<WebElement> labels = browser.driver.findElements(By.cssSelector(".leaflet-control-layers-overlays label"));
        return labels.stream().filter(l -> l.getText().contains(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no overlay " + label + " in the layers control"))
                .findElement(By.tagName("input"));
    }

    private static int status(String path) {
        return DemoServerForTest.http().get().uri(path).retrieve().toBodilessEntity().getStatusCode().value();
    }
}
