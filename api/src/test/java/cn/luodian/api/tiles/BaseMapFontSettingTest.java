package cn.luodian.api.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.api.LuodianApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/** The label font is checked when the server starts, and only needed while the base map is on. */
class BaseMapFontSettingTest {
    @TempDir
    Path dataDir;

    @Test
    void aMissingFontStopsTheServerNamingTheSetting() {
        String missing = "--luodian.tiles.font-file=" + dataDir.resolve("no-such-font.ttc");
        assertThatThrownBy(() -> SpringApplication.run(LuodianApplication.class,
                "--server.port=0", "--luodian.data-dir=" + dataDir, "--luodian.demo=false", missing).close())
                .satisfies(e -> assertThat(messages(e))
                        .contains("luodian.tiles.font-file")
                        .contains("no-such-font.ttc")
                        .contains("fonts-wqy-microhei"));
    }

    @Test
    void aFileThatIsNotAFontStopsTheServerToo() throws Exception {
        Path notAFont = java.nio.file.Files.writeString(dataDir.resolve("font.ttf"), "not a font");
        assertThatThrownBy(() -> SpringApplication.run(LuodianApplication.class,
                "--server.port=0", "--luodian.data-dir=" + dataDir, "--luodian.demo=false",
                "--luodian.tiles.font-file=" + notAFont).close())
                .satisfies(e -> assertThat(messages(e)).contains("luodian.tiles.font-file").contains("不是 TrueType"));
    }

    @Test
    void withTheBaseMapOffNoFontIsNeededAndThePathIsNotFound() {
        try (ConfigurableApplicationContext app = SpringApplication.run(LuodianApplication.class,
                "--server.port=0", "--luodian.data-dir=" + dataDir, "--luodian.demo=false",
                "--luodian.tiles.basemap.enabled=false", "--luodian.tiles.font-file=/nowhere/font.ttc")) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            RestClient http = RestClient.builder().baseUrl("http://localhost:" + port)
                    .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build();
            assertThat(http.get().uri("/tiles/basemap/10/843/388.png").retrieve().toBodilessEntity().getStatusCode().value())
                    .isEqualTo(404);
        }
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
