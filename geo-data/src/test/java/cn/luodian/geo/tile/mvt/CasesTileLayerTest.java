package cn.luodian.geo.tile.mvt;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.geo.points.CasePoint;
import cn.luodian.geo.points.CasePointFilter;
import cn.luodian.geo.points.CasePointTable;
import cn.luodian.geo.points.CasePoints;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.TileFrame;
import cn.luodian.geo.tile.WebMercator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;

class CasesTileLayerTest {
    private final CasesTileLayer layer = new CasesTileLayer(14, 256, 64);

    private static CasePoints points(CasePoint... points) {
        CasePointTable.Builder builder = CasePointTable.builder();
        for (CasePoint p : points) {
            builder.add(p);
        }
        return CasePoints.of(builder.build());
    }

    private List<Geometry> cases(CasePoints points, TileAddress tile, CasePointFilter filter) {
        VectorTileBuilder out = new VectorTileBuilder();
        layer.addTo(out, points, TileFrame.of(tile, VectorTileBuilder.EXTENT), PointShift.NONE, filter);
        return out.isEmpty() ? List.of() : VectorTileReader.read(out.encode()).get("cases");
    }

    @Test
    void aCaseIsAPointAtItsPixelWithItsPublicFieldsOnly() {
        // The point at 3/4 across and 1/4 down tile 16/54004/24834.
        TileAddress tile = new TileAddress(16, 54004, 24834);
        var bounds = WebMercator.bounds(tile);
        double lon = WebMercator.lon(bounds.getMinX() + bounds.getWidth() * 0.75);
        double lat = WebMercator.lat(bounds.getMaxY() - bounds.getHeight() * 0.25);
        CasePoints points = points(new CasePoint(42, lon, lat, "RX0101", "dispatched", "urgent", 1_780_000_000L, true,
                "TZ-20261122-00042"));

        List<Geometry> features = cases(points, tile, CasePointFilter.ALL);

        assertThat(features).hasSize(1);
        Geometry feature = features.get(0);
        assertThat(feature.getCoordinate().x).isEqualTo(3072);
        assertThat(feature.getCoordinate().y).isEqualTo(1024);
        assertThat(VectorTileReader.properties(feature)).containsExactlyInAnyOrderEntriesOf(Map.of("id", 42L,
                "number", "TZ-20261122-00042", "category", "RX0101", "state", "dispatched", "urgency", "urgent",
                "overdue", true, "count", 1L));
        assertThat(cases(points, tile, new CasePointFilter("S", null, null, null, null))).isEmpty();
    }

    @Test
    void atLowZoomCasesAreCountedInCellsWhoseCountsAddUpToTheTile() {
        SplittableRandom random = new SplittableRandom(7);
        CasePointTable.Builder builder = CasePointTable.builder();
        int n = 5_000;
        for (int i = 0; i < n; i++) {
            builder.add(i, 116.6 + random.nextDouble() * 0.3, 39.7 + random.nextDouble() * 0.2, "B0101",
                    i % 2 == 0 ? "received" : "closed", "normal", 0, i % 5 == 0, "TZ-20261122-%05d".formatted(i));
        }
        CasePoints points = CasePoints.of(builder.build());
        TileAddress tile = TileAddress.containing(116.75, 39.8, 10);

        List<Geometry> features = cases(points, tile, CasePointFilter.ALL);
        long total = features.stream().mapToLong(f -> (Long) VectorTileReader.properties(f).get("count")).sum();
        long overdue = features.stream().mapToLong(f -> {
            Map<String, Object> p = VectorTileReader.properties(f);
            return p.containsKey("overdueCount") ? (Long) p.get("overdueCount") : Boolean.TRUE.equals(p.get("overdue")) ? 1 : 0;
        }).sum();
        long[] inTile = {0, 0};
        points.forEach(WebMercator.bounds(tile), PointShift.NONE, CasePointFilter.ALL, (t, r, x, y) -> {
            inTile[0]++;
            inTile[1] += t.overdue(r) ? 1 : 0;
        });

        assertThat(inTile[0]).isGreaterThan(1000);
        assertThat(total).isEqualTo(inTile[0]);
        assertThat(overdue).isEqualTo(inTile[1]);
        assertThat(features.size()).isLessThanOrEqualTo(16 * 16);
        assertThat(features).allSatisfy(f -> {
            assertThat(f.getCoordinate().x).isBetween(0.0, 4096.0);
            assertThat(f.getCoordinate().y).isBetween(0.0, 4096.0);
        });
        long received = cases(points, tile, new CasePointFilter(null, Set.of("received"), null, null, null)).stream()
                .mapToLong(f -> (Long) VectorTileReader.properties(f).get("count")).sum();
        assertThat(received).isBetween(inTile[0] / 2 - 50, inTile[0] / 2 + 50);
    }

    @Test
    void aClusterSitsAtTheMeanOfItsCases() {
        TileAddress tile = new TileAddress(10, 843, 388);
        var b = WebMercator.bounds(tile);
        // Two cases in the same 256-unit cell at units (100, 100) and (200, 140): the cluster is at (150, 120).
        double u = b.getWidth() / 4096;
        CasePoints points = points(
                new CasePoint(1, WebMercator.lon(b.getMinX() + 100.2 * u), WebMercator.lat(b.getMaxY() - 100.2 * u), "B0101", "received", "normal", 0, false, "N-1"),
                new CasePoint(2, WebMercator.lon(b.getMinX() + 200.2 * u), WebMercator.lat(b.getMaxY() - 140.2 * u), "B0101", "received", "normal", 0, true, "N-2"));

        List<Geometry> features = cases(points, tile, CasePointFilter.ALL);

        assertThat(features).hasSize(1);
        assertThat(features.get(0).getCoordinate().x).isEqualTo(150);
        assertThat(features.get(0).getCoordinate().y).isEqualTo(120);
        assertThat(VectorTileReader.properties(features.get(0)))
                .containsExactlyInAnyOrderEntriesOf(Map.of("cluster", true, "count", 2L, "overdueCount", 1L));
    }
}
