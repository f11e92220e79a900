package cn.luodian.api.tiles;

import cn.luodian.api.cases.CaseService;
import cn.luodian.api.cases.CaseSource;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.cases.NewCase;
import cn.luodian.api.clocks.Urgency;
import cn.luodian.api.describe.ReferenceIndexHolder;
import cn.luodian.api.layers.JdbcLayerStore;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.layer.LayerStore.Origin;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.RoadClass;
import cn.luodian.geo.layer.WriteMode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * A small district for tile tests: admin areas and a grid cell marked as demo data, one imported
 * road, and cases reported through the case service on a 5 × 4 lattice inside the village.
 *
 * <pre>
 *   39.76 ┌───────────── 长凌营村 ─────────────┐
 *         │   · · · · ·   (cases, 0.002° apart) │
 *   39.7501 ── 长凌营环路 116.7501 → 116.7599 ──
 *   39.74 └─────────────────────────────────────┘
 *       116.74                               116.76
 * </pre>
 */
final class TileDataForTest {
    static final Actor DISPATCHER = new Actor("zuoxi", Role.DISPATCHER, "110112", null);
    static final double ROAD_START_LON = 116.7501;
    static final double ROAD_LAT = 39.7501;

    private TileDataForTest() {
    }

    static Geometry wkt(String text) {
        try {
            Geometry g = new WKTReader().read(text);
            g.setSRID(4326);
            return g;
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static void loadReference(JdbcLayerStore store, ReferenceIndexHolder reference) {
        store.write(LayerBatch.builder()
                .add(new AdminArea("110112", "通州区", AdminLevel.DISTRICT, "110000",
                        wkt("POLYGON ((116.5 39.6, 117.0 39.6, 117.0 40.0, 116.5 40.0, 116.5 39.6))")))
                .add(new AdminArea("110112106", "漷县镇", AdminLevel.TOWNSHIP, "110112",
                        wkt("POLYGON ((116.7 39.7, 116.9 39.7, 116.9 39.8, 116.7 39.8, 116.7 39.7))")))
                .add(new AdminArea("110112106213", "长凌营村", AdminLevel.VILLAGE, "110112106",
                        wkt("POLYGON ((116.74 39.74, 116.76 39.74, 116.76 39.76, 116.74 39.76, 116.74 39.74))")))
                .add(new GridCell("110112106213001", "110112106213",
                        wkt("POLYGON ((116.745 39.745, 116.755 39.745, 116.755 39.755, 116.745 39.755, 116.745 39.745))")))
                .build(), WriteMode.REPLACE, Origin.DEMO, "tile test (示意数据)");
        store.write(LayerBatch.builder()
                .add(new Road("长凌营环路", RoadClass.RESIDENTIAL, "", wkt("LINESTRING (116.7501 39.7501, 116.7599 39.7501)")))
                .build(), WriteMode.REPLACE, Origin.IMPORT, "tile test roads");
        reference.invalidate();
    }

    /** Twenty cases on a lattice in the village, alternating two categories. */
    static List<CityCase> reportCases(CaseService cases) {
        List<CityCase> reported = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 4; j++) {
                reported.add(report(cases, (i + j) % 2 == 0 ? "B0101" : "RX0101", 116.746 + i * 0.002, 39.746 + j * 0.002));
            }
        }
        return reported;
    }

    static CityCase report(CaseService cases, String category, double lon, double lat) {
        return cases.create(new NewCase(category, "井盖缺失", Urgency.NORMAL, CaseSource.STAFF, lon, lat, Datum.WGS84,
                "王五", "13912345678", null, null), DISPATCHER).value();
    }
}
