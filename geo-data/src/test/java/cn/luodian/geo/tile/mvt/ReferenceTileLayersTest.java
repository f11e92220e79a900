package cn.luodian.geo.tile.mvt;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.geo.crs.ChinaOffsets;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.RoadClass;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.TileFrame;
import cn.luodian.geo.tile.WebMercator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class ReferenceTileLayersTest {
    private static final double BUFFER = 64;
    private static final double TOLERANCE = 1;

    private static Geometry wkt(String text) throws Exception {
        return new WKTReader().read(text);
    }

    private static LayerBatch batch() throws Exception {
        return LayerBatch.builder()
                .add(new AdminArea("110112", "通州区", AdminLevel.DISTRICT, "110000",
                        wkt("POLYGON ((116.5 39.6, 117.0 39.6, 117.0 40.0, 116.5 40.0, 116.5 39.6))")))
                .add(new AdminArea("110112106213", "长凌营村", AdminLevel.VILLAGE, "110112106",
                        wkt("POLYGON ((116.74 39.74, 116.76 39.74, 116.76 39.76, 116.74 39.76, 116.74 39.74))")))
                .add(new Road("长凌营环路", RoadClass.RESIDENTIAL, "", wkt("LINESTRING (116.7501 39.7501, 116.7599 39.7501)")))
                .build();
    }

    private static Map<String, List<Geometry>> tile(ReferenceTileLayers layers, TileAddress address, String... names) {
        VectorTileBuilder out = new VectorTileBuilder();
        TileFrame frame = TileFrame.of(address, VectorTileBuilder.EXTENT);
        for (String name : names) {
            layers.find(name).orElseThrow().addTo(out, frame, BUFFER, TOLERANCE);
        }
        return out.isEmpty() ? Map.of() : VectorTileReader.read(out.encode());
    }

    @Test
    void aRoadLiesAtThePixelsOfItsCoordinates() throws Exception {
        ReferenceTileLayers layers = ReferenceTileLayers.build(batch(), PointShift.NONE);
        TileAddress address = TileAddress.containing(116.7501, 39.7501, 14);
        TileFrame frame = TileFrame.of(address, VectorTileBuilder.EXTENT);

        List<Geometry> roads = tile(layers, address, "roads").get("roads");

        assertThat(roads).hasSize(1);
        assertThat(VectorTileReader.properties(roads.get(0))).containsEntry("name", "长凌营环路")
                .containsEntry("class", "residential").doesNotContainKey("ref");
        Coordinate start = roads.get(0).getCoordinates()[0];
        assertThat(start.x).isCloseTo(frame.pixelX(WebMercator.xMetres(116.7501)), org.assertj.core.data.Offset.offset(0.5));
        assertThat(start.y).isCloseTo(frame.pixelY(WebMercator.yMetres(39.7501)), org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void villagesAppearFromZoom10AndPolygonsStayValidAndClipped() throws Exception {
        ReferenceTileLayers layers = ReferenceTileLayers.build(batch(), PointShift.NONE);

        List<Geometry> atNine = tile(layers, TileAddress.containing(116.75, 39.75, 9), "admin").get("admin");
        List<Geometry> atTwelve = tile(layers, TileAddress.containing(116.75, 39.75, 12), "admin").get("admin");

        assertThat(atNine).extracting(g -> VectorTileReader.properties(g).get("level")).containsExactly("district");
        assertThat(atTwelve).extracting(g -> VectorTileReader.properties(g).get("name")).containsExactly("通州区", "长凌营村");
        for (Geometry polygon : atTwelve) {
            assertThat(polygon.isValid()).isTrue();
            assertThat(polygon.getArea()).isPositive();
            for (Coordinate c : polygon.getCoordinates()) {
                assertThat(c.x).isBetween(-BUFFER, 4096 + BUFFER);
                assertThat(c.y).isBetween(-BUFFER, 4096 + BUFFER);
            }
        }
        // Grid cells and landmarks are not on the tile below their first zoom, and an empty layer is left out.
        assertThat(tile(layers, TileAddress.containing(116.75, 39.75, 12), "grid", "landmarks")).isEmpty();
    }

    @Test
    void gcj02MovesTheRoadByItsOffsetInPixels() throws Exception {
        TileAddress address = TileAddress.containing(116.7501, 39.7501, 14);
        TileFrame frame = TileFrame.of(address, VectorTileBuilder.EXTENT);
        Coordinate plain = tile(ReferenceTileLayers.build(batch(), PointShift.NONE), address, "roads")
                .get("roads").get(0).getCoordinates()[0];
        Coordinate shifted = tile(ReferenceTileLayers.build(batch(), PointShift.GCJ02), address, "roads")
                .get("roads").get(0).getCoordinates()[0];
        Coordinate gcj = ChinaOffsets.wgs84ToGcj02(116.7501, 39.7501);
        double dx = frame.pixelX(WebMercator.xMetres(gcj.x)) - frame.pixelX(WebMercator.xMetres(116.7501));
        double dy = frame.pixelY(WebMercator.yMetres(gcj.y)) - frame.pixelY(WebMercator.yMetres(39.7501));

        // Beijing's GCJ-02 offset is a few hundred metres: about a hundred units of a z14 tile.
        assertThat(Math.hypot(dx, dy)).isGreaterThan(50);
        assertThat(shifted.x - plain.x).isCloseTo(dx, org.assertj.core.data.Offset.offset(1.0));
        assertThat(shifted.y - plain.y).isCloseTo(dy, org.assertj.core.data.Offset.offset(1.0));
    }
}
