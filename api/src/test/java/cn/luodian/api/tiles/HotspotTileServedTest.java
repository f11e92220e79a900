package cn.luodian.api.tiles;

import static cn.luodian.api.tiles.OverlayTilesForTest.image;
import static cn.luodian.api.tiles.OverlayTilesForTest.path;
import static cn.luodian.api.tiles.OverlayTilesForTest.pixel;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.storage.Database;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.raster.ColourRamp;
import java.awt.image.BufferedImage;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@code /tiles/hotspots} on the demo server, on H2GIS and on PostGIS (one server per store): a
 * dozen cases of one category in one grid cell, and no other case under the filter, make that cell
 * a 99 % hot spot among the district's cells.
 */
class HotspotTileServedTest {
    private static final double LON = 116.7726;
    private static final double LAT = 39.7588;

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
        void aHotClusterIsDrawnInTheDeepRedOfBin3OnceItsCasesAreReported() {
            String query = "?category=RX0101&from=" + Instant.now().minusSeconds(60);
            TileAddress tile = TileAddress.containing(LON, LAT, 15);
            int[] at = pixel(tile, 256, LON, LAT);
            // No case under the filter yet: nothing significant. This result is cached; the reports
            // below must drop it, or the tile would stay empty.
            assertThat(tiles.get(path("hotspots", tile, "") + query, null).getStatusCode().value()).isEqualTo(204);
            for (int i = 0; i < 12; i++) {
                tiles.report("RX0101", LON + (i % 3 - 1) * 0.00005, LAT + (i % 2) * 0.00005);
            }
            var response = tiles.get(path("hotspots", tile, "") + query, null);
            BufferedImage image = image(response);
            assertThat(image.getWidth()).isEqualTo(256);
            assertThat(image.getRGB(at[0], at[1])).isEqualTo(ColourRamp.giStar().argb(3));
            assertThat(tiles.get(path("hotspots", tile, "") + query, response.getHeaders().getETag())
                    .getStatusCode().value()).isEqualTo(304);

            BufferedImage retina = image(tiles.get(path("hotspots", tile, "@2x") + query, null));
            int[] at2 = pixel(tile, 512, LON, LAT);
            assertThat(retina.getWidth()).isEqualTo(512);
            assertThat(retina.getRGB(at2[0], at2[1])).isEqualTo(ColourRamp.giStar().argb(3));
        }

        @Test
        void everyCellWithTheSameCountIs204NotABadRequest() {
            // No case before 2001: every grid cell counts 0, Gi* is undefined (NoVariationException
            // in the core), and for a map that is no hot or cold spot. The POST API says 400 instead.
            TileAddress tile = TileAddress.containing(LON, LAT, 14);
            assertThat(tiles.get(path("hotspots", tile, "") + "?to=2001-01-01T00:00:00Z", null).getStatusCode().value())
                    .isEqualTo(204);
        }

        @Test
        void belowTheMinimumZoomIs204AndBadParametersAre400() {
            assertThat(tiles.get(path("hotspots", TileAddress.containing(LON, LAT, 10), ""), null).getStatusCode().value())
                    .isEqualTo(204);
            TileAddress tile = TileAddress.containing(LON, LAT, 14);
            for (String bad : new String[] {"?distanceBandMetres=0", "?distanceBandMetres=999999", "?state=nonsense",
                    "?crs=bd09"}) {
                assertThat(tiles.get(path("hotspots", tile, "") + bad, null).getStatusCode().value()).as(bad)
                        .isEqualTo(400);
            }
        }
    }
}
