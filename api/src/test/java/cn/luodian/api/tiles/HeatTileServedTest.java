package cn.luodian.api.tiles;

import static cn.luodian.api.tiles.OverlayTilesForTest.image;
import static cn.luodian.api.tiles.OverlayTilesForTest.path;
import static cn.luodian.api.tiles.OverlayTilesForTest.pixel;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.storage.Database;
import cn.luodian.geo.crs.ChinaOffsets;
import cn.luodian.geo.tile.TileAddress;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * {@code /tiles/heat} on the demo server, on H2GIS and on PostGIS (one server per store). Each test
 * reports its own cases and filters on their category and on "received since the test began", so
 * the 300 demo cases do not blur the picture.
 */
class HeatTileServedTest {
    private static final double LON = 116.6650;
    private static final double LAT = 39.9030;

    @Nested
    class OnH2gis extends Tiles {
        OnH2gis() {
            super(Database.H2GIS);
        }
    }

    @Nested
    class OnPostgis extends Tiles {
        OnPostgis() {
            super(Database.POSTGIS);
        }
    }

    abstract static class Tiles {
        private final OverlayTilesForTest tiles;

        Tiles(Database database) {
            tiles = OverlayTilesForTest.on(database);
        }

        @Test
        void aClusterIsColouredFarAwayIsTransparentAndANewCaseChangesTheTile() {
            String query = "?category=S0502&from=" + Instant.now().minusSeconds(60);
            for (int i = 0; i < 3; i++) {
                tiles.report("S0502", LON + i * 0.0002, LAT);
            }
            TileAddress tile = TileAddress.containing(LON, LAT, 14);
            ResponseEntity<byte[]> first = tiles.get(path("heat", tile, "") + query, null);
            BufferedImage image = image(first);
            assertThat(image.getWidth()).isEqualTo(256);
            assertThat(image.getHeight()).isEqualTo(256);
            int[] at = pixel(tile, 256, LON, LAT);
            assertThat(image.getRGB(at[0], at[1]) >>> 24).isPositive();
            // The corner farthest from the cluster is over 800 m of ground away: beyond the 300 m kernel.
            int cornerX = at[0] < 128 ? 255 : 0;
            int cornerY = at[1] < 128 ? 255 : 0;
            assertThat(image.getRGB(cornerX, cornerY) >>> 24).isZero();
            assertThat(first.getHeaders().getCacheControl()).contains("max-age=10");

            BufferedImage retina = image(tiles.get(path("heat", tile, "@2x") + query, null));
            assertThat(retina.getWidth()).isEqualTo(512);
            int[] at2 = pixel(tile, 512, LON, LAT);
            assertThat(retina.getRGB(at2[0], at2[1]) >>> 24).isPositive();

            String etag = first.getHeaders().getETag();
            assertThat(tiles.get(path("heat", tile, "") + query, etag).getStatusCode().value()).isEqualTo(304);

            tiles.report("S0502", LON, LAT + 0.0003);
            ResponseEntity<byte[]> after = tiles.get(path("heat", tile, "") + query, etag);
            assertThat(after.getStatusCode().value()).isEqualTo(200);
            assertThat(after.getHeaders().getETag()).isNotEqualTo(etag);
        }

        @Test
        void gcj02ShiftsTheHeatWithTheCases() {
            String query = "category=S0102&from=" + Instant.now().minusSeconds(60);
            double lon = 116.6560;
            double lat = 39.9100;
            tiles.report("S0102", lon, lat);
            Coordinate gcj = ChinaOffsets.wgs84ToGcj02(lon, lat);
            TileAddress tile = TileAddress.containing(gcj.x, gcj.y, 16);
            // 40 m kernel at z16 (about 2.4 m a pixel): the WGS-84 position, some 500 m off, stays clear.
            BufferedImage shifted = image(tiles.get(path("heat", tile, "") + "?crs=gcj02&bandwidthMetres=40&" + query, null));
            int[] at = pixel(tile, 256, gcj.x, gcj.y);
            assertThat(shifted.getRGB(at[0], at[1]) >>> 24).isPositive();
            TileAddress unshifted = TileAddress.containing(lon, lat, 16);
            assertThat(unshifted).isNotEqualTo(tile);
            assertThat(tiles.get(path("heat", tile, "") + "?bandwidthMetres=40&" + query, null).getStatusCode().value())
                    .isEqualTo(204);
        }

        @Test
        void aTileWithoutCasesIs204() {
            assertThat(tiles.get(path("heat", TileAddress.containing(0.5, 0.5, 14), ""), null).getStatusCode().value())
                    .isEqualTo(204);
            TileAddress district = TileAddress.containing(LON, LAT, 12);
            assertThat(tiles.get(path("heat", district, "") + "?to=2001-01-01T00:00:00Z", null).getStatusCode().value())
                    .isEqualTo(204);
            // The demo cases (DemoCasesLoader) are there on every store.
            assertThat(tiles.get(path("heat", district, ""), null).getStatusCode().value()).isEqualTo(200);
        }

        @Test
        void badBandwidthZoomOrFrameIs400ProblemJson() {
            TileAddress tile = TileAddress.containing(LON, LAT, 14);
            for (String bad : new String[] {path("heat", tile, "") + "?bandwidthMetres=0",
                    path("heat", tile, "") + "?bandwidthMetres=60000", path("heat", tile, "") + "?bandwidthMetres=-5",
                    path("heat", tile, "") + "?crs=bd09", path("heat", tile, "") + "?maxDensityPerKm2=0",
                    "/tiles/heat/23/0/0.png", "/tiles/heat/14/0/0@3x.png", "/tiles/heat/2/9/0.png"}) {
                ResponseEntity<byte[]> response = tiles.get(bad, null);
                assertThat(response.getStatusCode().value()).as(bad).isEqualTo(400);
                assertThat(response.getHeaders().getContentType().toString()).as(bad).startsWith("application/problem+json");
            }
        }

        @Test
        @SuppressWarnings("unchecked")
        void theCatalogListsHeatAndHotspots() {
            Map<String, Object> catalog = tiles.http().get().uri("/tiles/catalog").header(HttpHeaders.AUTHORIZATION,
                    "Basic " + java.util.Base64.getEncoder().encodeToString("fenxi:fenxi-demo".getBytes())).retrieve().body(Map.class);
            assertThat(catalog.toString()).contains("/tiles/heat/{z}/{x}/{y}.png", "/tiles/hotspots/{z}/{x}/{y}.png");
        }
    }
}
