package cn.luodian.api.tiles;

import static cn.luodian.api.tiles.OverlayTilesForTest.get;
import static cn.luodian.api.tiles.OverlayTilesForTest.image;
import static cn.luodian.api.tiles.OverlayTilesForTest.path;
import static cn.luodian.api.tiles.OverlayTilesForTest.pixel;
import static cn.luodian.api.tiles.OverlayTilesForTest.report;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.raster.ColourRamp;
import java.awt.image.BufferedImage;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * {@code /tiles/hotspots} on the demo server: a dozen cases of one category in one grid cell, and
 * no other case under the filter, make that cell a 99 % hot spot among the district's cells.
 */
class HotspotTileServedTest {
    private static final double LON = 116.7726;
    private static final double LAT = 39.7588;

    @Test
    void aHotClusterIsDrawnInTheDeepRedOfBin3OnceItsCasesAreReported() {
        String query = "?category=RX0101&from=" + Instant.now().minusSeconds(60);
        TileAddress tile = TileAddress.containing(LON, LAT, 15);
        int[] at = pixel(tile, 256, LON, LAT);
        // No case under the filter yet: nothing significant. This result is cached; the reports
        // below must drop it, or the tile would stay empty.
        assertThat(get(path("hotspots", tile, "") + query, null).getStatusCode().value()).isEqualTo(204);
        for (int i = 0; i < 12; i++) {
            report("RX0101", LON + (i % 3 - 1) * 0.00005, LAT + (i % 2) * 0.00005);
        }
        var response = get(path("hotspots", tile, "") + query, null);
        BufferedImage image = image(response);
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.getRGB(at[0], at[1])).isEqualTo(ColourRamp.giStar().argb(3));
        assertThat(get(path("hotspots", tile, "") + query, response.getHeaders().getETag()).getStatusCode().value())
                .isEqualTo(304);

        BufferedImage retina = image(get(path("hotspots", tile, "@2x") + query, null));
        int[] at2 = pixel(tile, 512, LON, LAT);
        assertThat(retina.getWidth()).isEqualTo(512);
        assertThat(retina.getRGB(at2[0], at2[1])).isEqualTo(ColourRamp.giStar().argb(3));
    }

    @Test
    void belowTheMinimumZoomIs204AndBadParametersAre400() {
        assertThat(get(path("hotspots", TileAddress.containing(LON, LAT, 10), ""), null).getStatusCode().value())
                .isEqualTo(204);
        TileAddress tile = TileAddress.containing(LON, LAT, 14);
        for (String bad : new String[] {"?distanceBandMetres=0", "?distanceBandMetres=999999", "?state=nonsense",
                "?crs=bd09"}) {
            assertThat(get(path("hotspots", tile, "") + bad, null).getStatusCode().value()).as(bad).isEqualTo(400);
        }
    }
}
