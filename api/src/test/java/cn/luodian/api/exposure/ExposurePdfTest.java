package cn.luodian.api.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The demo's published 第192期 as PDF: every entry's sentence and places are in the text layer
 * (pdftotext), and its photos and maps are images in it (pdfimages). Also renders the first page
 * to target/ (pdftoppm) for a person to look at.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class ExposurePdfTest {
    private final RestClient http = DemoServerForTest.http();

    @Test
    void thePdfHoldsTheChineseTextOfEveryEntryAndItsPhotosAndMaps() throws Exception {
        ExternalToolForTest.require("/usr/bin/pdftotext", "poppler-utils");
        ResponseEntity<byte[]> pdf = http.get().uri("/exposure/tongzhou/192.pdf").retrieve().toEntity(byte[].class);
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
        Path dir = Files.createDirectories(Path.of("target", "exposure"));
        Path file = dir.resolve("tongzhou-192.pdf");
        Files.write(file, pdf.getBody());

        Map period = http.get().uri("/api/v1/exposure/published/tongzhou/192").retrieve().body(Map.class);
        List<Map> entries = (List<Map>) period.get("entries");
        assertThat(entries).extracting(e -> e.get("kind")).contains("new", "rectified", "carried_over");

        // -raw keeps the text in content order, so a sentence that wraps is still one run of characters.
        String text = ExternalToolForTest.run("/usr/bin/pdftotext", "-raw", "-enc", "UTF-8", file.toString(), "-")
                .replace("\n", "");
        assertThat(text).contains("挂 账 督 办").contains("第192期").contains("通州区城市管理委员会").contains("整治前后对比")
                .contains("示例");
        for (Map e : entries) {
            assertThat(text).as("entry %s", e.get("seq")).contains((String) e.get("text"));
            assertThat(text).contains((String) e.get("category")).contains((String) e.get("unit"));
        }

        // Rectified: before + after; new: photo + map. Carried-over entries are a table.
        long rectified = entries.stream().filter(e -> "rectified".equals(e.get("kind"))).count();
        long fresh = entries.stream().filter(e -> "new".equals(e.get("kind"))).count();
        String images = ExternalToolForTest.run("/usr/bin/pdfimages", "-list", file.toString());
        long imageCount = images.lines().skip(2).filter(l -> l.contains(" image ")).count();
        assertThat(imageCount).isEqualTo(2 * rectified + 2 * fresh);

        ExternalToolForTest.run("/usr/bin/pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "2", file.toString(),
                dir.resolve("tongzhou-192-page").toString());
    }
}
