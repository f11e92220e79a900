package cn.luodian.geo.demo;

import cn.luodian.geo.crs.GaussKrugerProjection;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.Landmark;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.Waterway;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * The demo region, built once per test JVM, with every feature also projected back to EPSG:4548
 * so that tests measure in metres and square metres.
 */
public final class TongzhouDemoForTest {
    static final GaussKrugerProjection PROJECTION = GaussKrugerProjection.beijing();
    private static DemoRegion region;
    private static TongzhouDemoForTest metric;

    final AdminArea district;
    final Map<String, AdminArea> townships = new LinkedHashMap<>();
    final Map<String, AdminArea> villages = new LinkedHashMap<>();
    final List<GridCell> cells;
    final List<Road> roads;
    final List<Waterway> waterways;
    final List<Landmark> landmarks;

    private TongzhouDemoForTest(DemoRegion region) {
        AdminArea foundDistrict = null;
        for (AdminArea area : region.layers().features(Layer.ADMIN, AdminArea.class)) {
            AdminArea projected = new AdminArea(area.code(), area.name(), area.level(), area.parentCode(), toMetric(area.geometry()));
            if (area.level() == AdminLevel.DISTRICT) {
                foundDistrict = projected;
            } else if (area.level() == AdminLevel.TOWNSHIP) {
                townships.put(area.code(), projected);
            } else {
                villages.put(area.code(), projected);
            }
        }
        district = foundDistrict;
        cells = region.layers().features(Layer.GRID, GridCell.class).stream()
                .map(c -> new GridCell(c.code(), c.villageCode(), toMetric(c.geometry()))).toList();
        roads = region.layers().features(Layer.ROADS, Road.class).stream()
                .map(r -> new Road(r.name(), r.roadClass(), r.ref(), toMetric(r.geometry()))).toList();
        waterways = region.layers().features(Layer.WATERWAYS, Waterway.class).stream()
                .map(w -> new Waterway(w.name(), w.waterwayClass(), toMetric(w.geometry()))).toList();
        landmarks = region.layers().features(Layer.LANDMARKS, Landmark.class).stream()
                .map(l -> new Landmark(l.name(), l.type(), toMetric(l.geometry()))).toList();
    }

    /** The region as built, WGS-84 (other packages' tests share it: one build per test JVM). */
    public static synchronized DemoRegion region() {
        if (region == null) {
            region = TongzhouDemoRegion.build();
        }
        return region;
    }

    /** The same region in EPSG:4548 metres. */
    static synchronized TongzhouDemoForTest metric() {
        if (metric == null) {
            metric = new TongzhouDemoForTest(region());
        }
        return metric;
    }

    static Geometry toMetric(Geometry lonLat) {
        return PROJECTION.toMetric(lonLat);
    }

    Road road(String name) {
        return roads.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no road " + name));
    }

    Waterway waterway(String name) {
        return waterways.stream().filter(w -> w.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no waterway " + name));
    }

    AdminArea villageNamed(String name) {
        return villages.values().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no village " + name));
    }
}
