package cn.luodian.api.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.luodian.api.describe.ReferenceIndexHolder;
import cn.luodian.api.storage.PostgisForTest;
import cn.luodian.api.system.TempDirsForTest;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.Waterway;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.TileFrame;
import cn.luodian.geo.tile.WebMercator;
import cn.luodian.geo.tile.raster.BaseMapStyle;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** {@code /tiles/basemap} on the demo region, anonymous, on H2GIS and PostGIS. */
class BaseMapTileApiTest {
    static final Path SAMPLES = Path.of("target", "basemap-samples");

    @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK)
    @AutoConfigureMockMvc
    abstract static class Endpoints {
        @Autowired MockMvc http;
        @Autowired ReferenceIndexHolder reference;

        BufferedImage png(String uri) throws Exception {
            MvcResult result = http.perform(get(uri))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.IMAGE_PNG))
                    .andExpect(header().string("Cache-Control", "max-age=3600, public"))
                    .andExpect(header().exists("ETag"))
                    .andReturn();
            byte[] bytes = result.getResponse().getContentAsByteArray();
            save(uri, bytes);
            return ImageIO.read(new ByteArrayInputStream(bytes));
        }

        /** Points on the 北运河 as the demo draws it: a third, half and two thirds along. */
        Coordinate[] northCanal() {
            Waterway canal = reference.get().index().layers().features(Layer.WATERWAYS, Waterway.class).stream()
                    .filter(w -> w.name().equals("北运河")).findFirst().orElseThrow();
            Coordinate[] all = canal.geometry().getCoordinates();
            return new Coordinate[] {all[all.length / 3], all[all.length / 2], all[2 * all.length / 3]};
        }

        @Test
        void northCanalIsWaterOnItsTiles() throws Exception {
            int onWater = 0;
            for (Coordinate c : northCanal()) {
                for (int scale = 1; scale <= 2; scale++) {
                    TileAddress tile = TileAddress.containing(c.x, c.y, 14);
                    String suffix = scale == 2 ? "@2x" : "";
                    BufferedImage image = png("/tiles/basemap/" + tile.z() + "/" + tile.x() + "/" + tile.y() + suffix + ".png");
                    assertThat(image.getWidth()).isEqualTo(256 * scale);
                    assertThat(image.getHeight()).isEqualTo(256 * scale);
                    TileFrame frame = TileFrame.of(tile, 256 * scale);
                    int px = (int) frame.pixelX(WebMercator.xMetres(c.x));
                    int py = (int) frame.pixelY(WebMercator.yMetres(c.y));
                    if (waterNear(image, px, py, 2 * scale)) {
                        onWater++;
                    }
                }
            }
            // A bridge or the river's own name may cover one of the points, not most.
            assertThat(onWater).isGreaterThanOrEqualTo(4);
        }

        @Test
        void aRevalidatedTileIsNotModified() throws Exception {
            TileAddress tile = TileAddress.containing(116.68, 39.90, 14);
            String uri = "/tiles/basemap/14/" + tile.x() + "/" + tile.y() + ".png";
            String etag = http.perform(get(uri)).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
            assertThat(etag).matches("\"[0-9a-f]{32}\"");
            http.perform(get(uri).header("If-None-Match", etag))
                    .andExpect(status().isNotModified())
                    .andExpect(header().string("ETag", etag));
            http.perform(get(uri).header("If-None-Match", "\"something-else\"")).andExpect(status().isOk());
        }

        @Test
        void outsideTheDataIsAPlainBackgroundTile() throws Exception {
            BufferedImage image = png("/tiles/basemap/14/0/0.png");
            assertThat(image.getWidth()).isEqualTo(256);
            assertThat(new Color(image.getRGB(0, 0))).isEqualTo(BaseMapStyle.OUTSIDE);
            assertThat(new Color(image.getRGB(255, 255))).isEqualTo(BaseMapStyle.OUTSIDE);
            assertThat(png("/tiles/basemap/14/0/0@2x.png").getWidth()).isEqualTo(512);
        }

        @Test
        void samplesOfTheDistrictAreSavedToLookAt() throws Exception {
            TileAddress district = TileAddress.containing(116.70, 39.80, 10);
            BufferedImage image = png("/tiles/basemap/10/" + district.x() + "/" + district.y() + ".png");
            assertThat(countNot(image, BaseMapStyle.OUTSIDE)).isGreaterThan(1000);
            TileAddress huoxian = TileAddress.containing(116.79, 39.765, 13);
            png("/tiles/basemap/13/" + huoxian.x() + "/" + huoxian.y() + "@2x.png");
        }

        @ParameterizedTest
        @ValueSource(strings = {"/tiles/basemap/23/0/0.png", "/tiles/basemap/3/8/0.png", "/tiles/basemap/3/0/-1.png",
            "/tiles/basemap/3/0/abc.png", "/tiles/basemap/3/0/1@3x.png", "/tiles/basemap/3/0/1.jpg"})
        void badTilesAreProblems(String uri) throws Exception {
            http.perform(get(uri))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.title").value("请求参数有误"));
        }

        static boolean waterNear(BufferedImage image, int px, int py, int radius) {
            for (int y = py - radius; y <= py + radius; y++) {
                for (int x = px - radius; x <= px + radius; x++) {
                    if (x >= 0 && y >= 0 && x < image.getWidth() && y < image.getHeight()
                            && close(new Color(image.getRGB(x, y)), BaseMapStyle.WATER_LINE, 24)) {
                        return true;
                    }
                }
            }
            return false;
        }

        static boolean close(Color a, Color b, int tolerance) {
            return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue()) <= tolerance;
        }

        static int countNot(BufferedImage image, Color colour) {
            int n = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    n += image.getRGB(x, y) == colour.getRGB() ? 0 : 1;
                }
            }
            return n;
        }

        void save(String uri, byte[] png) throws IOException {
            Files.createDirectories(SAMPLES);
            String name = getClass().getSimpleName() + uri.replace("/tiles/basemap/", "-").replace('/', '-');
            Files.write(SAMPLES.resolve(name), png);
        }
    }

    @Nested
    class OnH2gis extends Endpoints {
        @DynamicPropertySource
        static void store(DynamicPropertyRegistry registry) throws IOException {
            Path dir = TempDirsForTest.create("luodian-basemap");
            registry.add("luodian.data-dir", dir::toString);
        }
    }

    @Nested
    class OnPostgis extends Endpoints {
        @DynamicPropertySource
        static void store(DynamicPropertyRegistry registry) throws IOException {
            Path dir = TempDirsForTest.create("luodian-basemap");
            registry.add("luodian.data-dir", dir::toString);
            registry.add("spring.datasource.url", () -> PostgisForTest.get().createDatabase());
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.datasource.password", () -> "");
        }
    }
}
