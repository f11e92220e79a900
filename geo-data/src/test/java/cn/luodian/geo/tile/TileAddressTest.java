package cn.luodian.geo.tile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class TileAddressTest {

    @Test
    void tongzhouAtZoom14IsTheTileOsmNumbers() {
        // 通州区 government area, 116.657E 39.909N: OSM's formula gives x = 13501, y = 6208 at z14.
        TileAddress tile = TileAddress.containing(116.657, 39.909, 14);
        assertThat(tile).isEqualTo(new TileAddress(14, 13501, 6208));
        Envelope lonLat = WebMercator.boundsLonLat(tile);
        assertThat(lonLat.contains(116.657, 39.909)).isTrue();
        assertThat(lonLat.getWidth()).isCloseTo(360.0 / (1 << 14), within(1e-12));
    }

    @Test
    void boundsOfZoomZeroAreTheWholeWorld() {
        Envelope m = WebMercator.bounds(new TileAddress(0, 0, 0));
        assertThat(m.getMinX()).isCloseTo(-20037508.342789244, within(1e-6));
        assertThat(m.getMaxY()).isCloseTo(20037508.342789244, within(1e-6));
        assertThat(WebMercator.lat(m.getMaxY())).isCloseTo(WebMercator.MAX_LATITUDE, within(1e-9));
    }

    @Test
    void mercatorRoundTrips() {
        assertThat(WebMercator.lon(WebMercator.xMetres(116.7))).isCloseTo(116.7, within(1e-12));
        assertThat(WebMercator.lat(WebMercator.yMetres(39.8))).isCloseTo(39.8, within(1e-12));
    }

    @Test
    void frameMapsCornersToPixels() {
        TileFrame frame = TileFrame.of(new TileAddress(10, 843, 387), 4096);
        Envelope b = frame.boundsMetres();
        assertThat(frame.pixelX(b.getMinX())).isCloseTo(0, within(1e-9));
        assertThat(frame.pixelY(b.getMaxY())).isCloseTo(0, within(1e-9));
        assertThat(frame.pixelX(b.getMaxX())).isCloseTo(4096, within(1e-6));
        assertThat(frame.pixelY(b.getMinY())).isCloseTo(4096, within(1e-6));
    }

    @Test
    void parentHalvesTheIndices() {
        assertThat(new TileAddress(14, 13501, 6208).parent()).isEqualTo(new TileAddress(13, 6750, 3104));
    }

    @Test
    void badAddressesSayWhatIsWrong() {
        assertThatThrownBy(() -> TileAddress.parse("23", "0", "0")).hasMessage("缩放级别 23 超出范围：应为 0 到 22");
        assertThatThrownBy(() -> TileAddress.parse("2", "4", "0")).hasMessage("瓦片列号 x=4 超出范围：缩放级别 2 时应为 0 到 3");
        assertThatThrownBy(() -> TileAddress.parse("2", "0", "-1")).hasMessage("瓦片行号 y=-1 超出范围：缩放级别 2 时应为 0 到 3");
        assertThatThrownBy(() -> TileAddress.parse("a", "0", "0")).hasMessage("缩放级别 z 的值 'a' 不是整数");
    }

    @Test
    void aroundAddsTheNeighboursWhoseBufferHoldsThePoint() {
        TileAddress tile = new TileAddress(14, 13501, 6208);
        Envelope lonLat = WebMercator.boundsLonLat(tile);
        double middleLat = (lonLat.getMinY() + lonLat.getMaxY()) / 2;
        // Well inside: only its own tile; just inside the west edge: also the west neighbour.
        assertThat(TileAddress.around(lonLat.centre().x, middleLat, 14, 1.0 / 64)).containsExactly(tile);
        double nearWest = lonLat.getMinX() + lonLat.getWidth() / 200;
        assertThat(TileAddress.around(nearWest, middleLat, 14, 1.0 / 64))
                .containsExactly(new TileAddress(14, 13500, 6208), tile);
        assertThat(TileAddress.around(nearWest, middleLat, 14, 0)).containsExactly(tile);
    }
}
