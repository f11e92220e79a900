package cn.luodian.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.photos.HostileImagesForTest;
import cn.luodian.api.system.TempDirsForTest;
import cn.luodian.api.workspace.BrowserForTest.Screen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.http.MediaType;

/**
 * A dispatcher uploads photos to a case in the browser: a PNG bomb and a truncated PNG each show
 * why they were refused, in Chinese, and no photo appears; a phone photo then shows in its column.
 */
class WorkspaceHostileUploadTest {
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

    private static Path file(String name, byte[] content) throws Exception {
        Path dir = TempDirsForTest.create("luodian-upload");
        return Files.write(dir.resolve(name), content);
    }

    private static void upload(Path file) {
        browser.driver.findElement(By.cssSelector("[data-testid=photo-file]")).sendKeys(file.toString());
        browser.driver.findElement(By.cssSelector("[data-testid=photo-upload]")).click();
    }

    @Test
    @SuppressWarnings("unchecked")
    void refusedPhotosSayWhyAndAGoodOneShows() throws Exception {
        Map<String, Object> reported = DemoServerForTest.asDemoUser("zuoxi").post().uri("/api/v1/cases")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("category", "B0101", "description", "井盖丢失（上传照片浏览器测试）",
                        "location", Map.of("lon", 116.7726, "lat", 39.7588, "crs", "wgs84")))
                .retrieve().body(Map.class);
        browser.signIn("zuoxi");
        browser.openWorkspace("/?tab=cases&case=" + reported.get("id"));
        browser.waitFor(By.cssSelector("[data-testid=photo-file]"));

        upload(file("超大图片.png", HostileImagesForTest.pngBomb(30_000, 1000)));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ld-upload"), "照片上传失败"));
        assertThat(browser.driver.findElement(By.cssSelector(".ld-upload")).getText())
                .contains("图片尺寸为 30000×30000 像素，每边最多 10000 像素");
        assertThat(browser.driver.findElements(By.cssSelector("[data-testid=photos] img"))).isEmpty();
        browser.assertCleanChinesePage("上传超大图片被拒", "/photos");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.driver.findElement(By.cssSelector(".ld-upload")));
        browser.screenshot("hostile-upload-01-bomb");

        browser.driver.navigate().refresh();
        browser.waitFor(By.cssSelector("[data-testid=photo-file]"));
        upload(file("残缺图片.png", HostileImagesForTest.truncated(HostileImagesForTest.png(300, 200), 0.5)));
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ld-upload"), "图片数据不完整或已损坏"));
        browser.assertCleanChinesePage("上传残缺图片被拒", "/photos");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.driver.findElement(By.cssSelector(".ld-upload")));
        browser.screenshot("hostile-upload-02-truncated");

        browser.driver.navigate().refresh();
        browser.waitFor(By.cssSelector("[data-testid=photo-file]"));
        upload(file("手机照片.jpg", HostileImagesForTest.jpegWithExif(320, 240, 6)));
        browser.waitFor(By.cssSelector("[data-testid=photos] [data-stage=before] img"));
        browser.assertCleanChinesePage("上传手机照片");
        browser.screenshot("hostile-upload-03-photo");
    }
}
