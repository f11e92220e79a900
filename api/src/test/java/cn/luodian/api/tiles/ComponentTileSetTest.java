package cn.luodian.api.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.components.ComponentOnMap;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.WebMercator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

/** The in-memory component set: window reads over the sorted base and the delta, changes, removals. */
class ComponentTileSetTest {
    private static final GeometryFactory WGS84 = new GeometryFactory();
    private static final Envelope WORLD = new Envelope(-WebMercator.HALF_WORLD_METRES, WebMercator.HALF_WORLD_METRES,
            -WebMercator.HALF_WORLD_METRES, WebMercator.HALF_WORLD_METRES);

    static ComponentOnMap point(String code, double lon, double lat, String status) {
        return new ComponentOnMap(code, "B" + code.substring(6, 10), "井盖", status, WGS84.createPoint(new Coordinate(lon, lat)));
    }

    static Map<String, String> statuses(ComponentTileSet set, Envelope window) {
        Map<String, String> seen = new TreeMap<>();
        set.forEachAnchor(window, PointShift.NONE, (table, row, x, y) -> seen.put(table.codeText(row), table.status(row)));
        return seen;
    }

    @Test
    void aWindowSeesTheComponentsInItAcrossKeyTilesAndChangesReplaceRows() {
        List<ComponentOnMap> loaded = new ArrayList<>();
        // 300 points on a diagonal across several z14 tiles, given in code order as the store reads them.
        for (int i = 1; i <= 300; i++) {
            loaded.add(point("1101120101%06d".formatted(i), 116.70 + i * 0.0005, 39.70 + i * 0.0003, "完好"));
        }
        ComponentTileSet set = ComponentTileSet.of(ComponentTable.of(loaded));
        assertThat(set.size()).isEqualTo(300);
        assertThat(statuses(set, WORLD)).hasSize(300);
        Envelope tile = WebMercator.bounds(TileAddress.containing(116.70 + 150 * 0.0005, 39.70 + 150 * 0.0003, 16));
        long inTile = loaded.stream().filter(c -> tile.contains(WebMercator.xMetres(c.geometry().getCoordinate().x),
                WebMercator.yMetres(c.geometry().getCoordinate().y))).count();
        assertThat(statuses(set, tile)).hasSize((int) inTile).containsKey("1101120101000150");

        String changed = "1101120101000150";
        String removed = "1101120101000151";
        String added = "1101120102000001";
        ComponentTileSet next = set.withChanged(Set.of(changed, removed, added), List.of(
                point(changed, 116.70 + 150 * 0.0005, 39.70 + 150 * 0.0003, "丢失"),
                point(added, 116.70 + 150 * 0.0005, 39.70 + 150 * 0.0003, "破损")));

        assertThat(next.size()).isEqualTo(300);
        assertThat(statuses(next, WORLD)).hasSize(300).containsEntry(changed, "丢失").containsEntry(added, "破损")
                .doesNotContainKey(removed);
        assertThat(next.extentLonLat(removed)).isNull();
        assertThat(next.extentLonLat(added).getMinX()).isEqualTo(116.70 + 150 * 0.0005);
        // The old set is untouched: a tile being drawn from it stays consistent.
        assertThat(statuses(set, WORLD)).containsEntry(changed, "完好").containsKey(removed).doesNotContainKey(added);
        // Changed again: the delta keeps only the latest row of a code.
        ComponentTileSet again = next.withChanged(Set.of(changed), List.of(point(changed, 116.9, 39.9, "完好")));
        assertThat(statuses(again, WORLD)).containsEntry(changed, "完好").hasSize(300);
        assertThat(again.deltaSize()).isEqualTo(2);
    }

    @Test
    void linesAndPolygonsAreFoundByTheirExtentInCodeOrder() {
        ComponentOnMap rail = new ComponentOnMap("1101120208000002", "B0208", "道路护栏", "完好",
                WGS84.createLineString(new Coordinate[] {new Coordinate(116.70, 39.70), new Coordinate(116.80, 39.70)}));
        ComponentOnMap other = new ComponentOnMap("1101120208000001", "B0208", "道路护栏", "破损",
                WGS84.createLineString(new Coordinate[] {new Coordinate(116.75, 39.69), new Coordinate(116.75, 39.71)}));
        ComponentTileSet set = ComponentTileSet.of(ComponentTable.of(List.of(rail, other)));
        // A z16 tile at the rail's west end: far from its anchor (the middle) but on its line.
        Envelope west = WebMercator.bounds(TileAddress.containing(116.7001, 39.70, 16));

        assertThat(set.shapesNear(west, PointShift.NONE)).extracting(s -> s.table().codeText(s.row()))
                .containsExactly("1101120208000002");
        Envelope both = WebMercator.bounds(TileAddress.containing(116.75, 39.70, 12));
        assertThat(set.shapesNear(both, PointShift.NONE)).extracting(s -> s.table().codeText(s.row()))
                .containsExactly("1101120208000001", "1101120208000002");
        assertThat(statuses(set, west)).isEmpty();
    }

    @Test
    void inGcj02AComponentIsOnTheTileOfItsShiftedPositionOnly() {
        double lon = 116.7726;
        double lat = 39.7588;
        ComponentTileSet set = ComponentTileSet.of(ComponentTable.of(List.of(point("1101120101000001", lon, lat, "完好"))));
        Coordinate gcj = cn.luodian.geo.crs.ChinaOffsets.wgs84ToGcj02(lon, lat);
        TileAddress plain = TileAddress.containing(lon, lat, 17);
        TileAddress shifted = TileAddress.containing(gcj.x, gcj.y, 17);
        assertThat(shifted).isNotEqualTo(plain);
        ComponentsTileLayer layer = new ComponentsTileLayer(64, 1);

        for (TileAddress address : List.of(plain, shifted)) {
            cn.luodian.geo.tile.mvt.VectorTileBuilder out = new cn.luodian.geo.tile.mvt.VectorTileBuilder();
            layer.addTo(out, set, cn.luodian.geo.tile.TileFrame.of(address, 4096), PointShift.GCJ02, code -> "上水井盖");
            assertThat(out.featureCount("components")).as(address.toString()).isEqualTo(address.equals(shifted) ? 1 : 0);
        }
    }
}
