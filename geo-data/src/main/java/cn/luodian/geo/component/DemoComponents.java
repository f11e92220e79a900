package cn.luodian.geo.component;

import cn.luodian.geo.crs.GaussKrugerProjection;
import cn.luodian.geo.demo.DemoRegion;
import cn.luodian.geo.index.AreaIndex;
import cn.luodian.geo.io.GeoJsonFeatureReader;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.RoadClass;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * The demo inventory (示例) of the bundled 通州区 region: a few thousand components of common 小类
 * along its roads and in its villages, with made-up owner and maintainer units whose names end in
 * （示例）. Deterministic: the same components in the same order on every build, placed in EPSG:4548
 * metres and stored in WGS-84, every one inside the district; codes from {@link ComponentCode} with
 * district {@value #DISTRICT_CODE}, numbered per 小类 in placement order.
 */
public final class DemoComponents {
    public static final String DISTRICT_CODE = "110112";
    public static final String SOURCE = "示例数据";
    private static final long SEED = 20_261_207L;
    private static final LocalDate FIRST_SURVEY = LocalDate.of(2025, 3, 1);
    private static final Set<RoadClass> MAIN = EnumSet.of(RoadClass.TRUNK, RoadClass.PRIMARY, RoadClass.SECONDARY, RoadClass.TERTIARY);
    private static final Set<RoadClass> BUS = EnumSet.of(RoadClass.TRUNK, RoadClass.PRIMARY, RoadClass.SECONDARY);

    private final GaussKrugerProjection projection = GaussKrugerProjection.beijing();
    private final Random random = new Random(SEED);
    private final PreparedGeometry district;
    private final AreaIndex<AdminArea> villages;
    private final List<Road> metricRoads;
    private final List<Component> components = new ArrayList<>();

    private DemoComponents(DemoRegion region) {
        List<AdminArea> admin = region.layers().features(Layer.ADMIN, AdminArea.class);
        district = PreparedGeometryFactory.prepare(projection.toMetric(admin.stream()
                .filter(a -> a.level() == AdminLevel.DISTRICT).findFirst().orElseThrow().geometry()));
        villages = new AreaIndex<>(admin.stream().filter(a -> a.level() == AdminLevel.VILLAGE)
                .map(a -> new AdminArea(a.code(), a.name(), a.level(), a.parentCode(), projection.toMetric(a.geometry()))).toList(),
                AdminArea::geometry);
        metricRoads = region.layers().features(Layer.ROADS, Road.class).stream()
                .map(r -> new Road(r.name(), r.roadClass(), r.ref(), projection.toMetric(r.geometry()))).toList();
    }

    /** The demo inventory of {@code region} (the bundled {@code TongzhouDemoRegion}). */
    public static List<Component> build(DemoRegion region) {
        DemoComponents demo = new DemoComponents(region);
        for (DemoKind kind : DemoKind.ALL) {
            demo.place(kind);
        }
        return List.copyOf(demo.components);
    }

    /** The demo's 小类 with their names ({@code B0101} → 上水井盖), all of them in the api's taxonomy. */
    public static Map<String, String> categories() {
        Map<String, String> names = new LinkedHashMap<>();
        DemoKind.ALL.forEach(kind -> names.put(kind.category(), kind.name()));
        return names;
    }

    /** The demo's owner units (权属单位), each once, in the order of their first 小类. */
    public static List<String> ownerUnits() {
        return DemoKind.ALL.stream().map(DemoKind::ownerUnit).distinct().toList();
    }

    private void place(DemoKind kind) {
        List<Road> roads = metricRoads.stream().filter(r -> switch (kind.placement()) {
            case MAIN_ROADS, MAIN_ROAD_STRETCHES -> MAIN.contains(r.roadClass());
            case BUS_ROADS -> BUS.contains(r.roadClass());
            case ALL_ROADS -> true;
            case VILLAGE_ROADS, VILLAGE_PLOTS -> !MAIN.contains(r.roadClass()) && r.roadClass() != RoadClass.MOTORWAY;
        }).toList();
        RoadsideWalk walk = new RoadsideWalk(roads, kind.target(), random);
        int[] sequence = {0};
        walk.forEach((road, line, along, side) -> {
            Geometry metric = switch (kind.placement()) {
                case MAIN_ROAD_STRETCHES -> walk.stretch(line, along, Math.min(250, walk.spacingMetres() / 2));
                case VILLAGE_PLOTS -> walk.plot(line, along, side * kind.offsetMetres(), 40, 25);
                default -> walk.point(line, along, side * kind.offsetMetres());
            };
            if (metric == null || !district.covers(metric)) {
                return;
            }
            sequence[0]++;
            components.add(new Component(ComponentCode.of(DISTRICT_CODE, kind.category(), sequence[0]),
                    placeName(road, metric) + kind.name(), toWgs84(metric), status(), kind.ownerUnit(),
                    kind.maintainerUnit(), FIRST_SURVEY.plusDays(random.nextInt(240)), SOURCE, ""));
        });
    }

    /** The road's name, else the village's: "玉带河东街路灯", "西集村垃圾箱". */
    private String placeName(Road road, Geometry metric) {
        if (road.isNamed()) {
            return road.name();
        }
        Coordinate at = metric.getCoordinate();
        return villages.find(at.x, at.y).map(AdminArea::name).orElse("");
    }

    /** Mostly 完好; some 破损, a few 丢失. */
    private String status() {
        int draw = random.nextInt(100);
        return draw < 90 ? "完好" : draw < 97 ? "破损" : "丢失";
    }

    private Geometry toWgs84(Geometry metric) {
        return GeoJsonFeatureReader.WGS84_FACTORY.createGeometry(projection.toGeographic(metric));
    }
}
