package cn.luodian.bench.synthetic;

import cn.luodian.geo.crs.GaussKrugerProjection;
import cn.luodian.geo.grid.CellSizePolicy;
import cn.luodian.geo.grid.UnitGridGenerator;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.Landmark;
import cn.luodian.geo.layer.LandmarkType;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.Waterway;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A made-up region at the scale of Beijing, for benchmarks: villages tiling the extent (wiggled
 * Voronoi cells with tens of vertices) nested in townships and districts, the unit grid cut from
 * them by {@link UnitGridGenerator}, ring roads, radials and streets, rivers, ditches and lakes,
 * and point landmarks. Drawn in EPSG:4548 metres and returned in WGS-84 like every LayerBatch.
 *
 * <p>Deterministic: the same {@link SyntheticScale} gives the same features in the same order.
 * Each part draws from its own {@link Random} seeded from the scale's seed, so changing one part
 * leaves the others as they were.
 */
public final class SyntheticBeijingRegion {
    /** Villages' wiggled boundaries get a vertex about this often. */
    static final double BOUNDARY_SPACING_METRES = 120;
    private static final double OUTLINE_STEP_DEGREES = 0.01;

    private SyntheticBeijingRegion() {
    }

    public static LayerBatch build(SyntheticScale scale) {
        GaussKrugerProjection projection = GaussKrugerProjection.forLongitude((scale.minLon() + scale.maxLon()) / 2);
        GeometryFactory factory = new GeometryFactory();
        Polygon outline = outline(scale, projection, factory);
        SeedField field = new SeedField(outline, projection.toMetric(scale.centreLon(), scale.centreLat()),
                scale.centreSigmaMetres());

        Random villageRandom = new Random(scale.seed());
        List<Coordinate> villageSeeds = new ArrayList<>(scale.villages());
        for (int i = 0; i < scale.villages(); i++) {
            villageSeeds.add(field.next(villageRandom, 0.4, 1.0));
        }
        List<Geometry> villageAreas = VillageTiling.tile(outline, villageSeeds, BOUNDARY_SPACING_METRES, scale.seed());
        List<AdminArea> admin = AdminHierarchy.build(villageSeeds, villageAreas, scale, new Random(scale.seed() + 1), factory);
        List<AdminArea> villages = admin.stream().filter(a -> a.level() == AdminLevel.VILLAGE).toList();
        List<GridCell> grid = new UnitGridGenerator(CellSizePolicy.uniform(scale.gridCellMetres())).generate(villages);
        List<Road> roads = RoadNetwork.build(scale, field, new Random(scale.seed() + 2), factory);
        List<Waterway> waterways = WaterNetwork.build(scale, field, new Random(scale.seed() + 3), factory);
        List<Landmark> landmarks = landmarks(scale, field, new Random(scale.seed() + 4), factory);

        return LayerBatch.builder()
                .addAll(Layer.ADMIN, admin.stream().map(a -> new AdminArea(a.code(), a.name(), a.level(), a.parentCode(),
                        projection.toGeographic(a.geometry()))).toList())
                .addAll(Layer.GRID, grid.stream().map(c -> new GridCell(c.code(), c.villageCode(),
                        projection.toGeographic(c.geometry()))).toList())
                .addAll(Layer.ROADS, roads.stream().map(r -> new Road(r.name(), r.roadClass(), r.ref(),
                        projection.toGeographic(r.geometry()))).toList())
                .addAll(Layer.WATERWAYS, waterways.stream().map(w -> new Waterway(w.name(), w.waterwayClass(),
                        projection.toGeographic(w.geometry()))).toList())
                .addAll(Layer.LANDMARKS, landmarks.stream().map(l -> new Landmark(l.name(), l.type(),
                        projection.toGeographic(l.geometry()))).toList())
                .build();
    }

    /** The lon/lat box, densified so that it stays a box-like shape in metres. */
    private static Polygon outline(SyntheticScale s, GaussKrugerProjection projection, GeometryFactory factory) {
        List<Coordinate> ring = new ArrayList<>();
        int nx = (int) Math.ceil((s.maxLon() - s.minLon()) / OUTLINE_STEP_DEGREES);
        int ny = (int) Math.ceil((s.maxLat() - s.minLat()) / OUTLINE_STEP_DEGREES);
        for (int i = 0; i < nx; i++) {
            ring.add(projection.toMetric(s.minLon() + (s.maxLon() - s.minLon()) * i / nx, s.minLat()));
        }
        for (int i = 0; i < ny; i++) {
            ring.add(projection.toMetric(s.maxLon(), s.minLat() + (s.maxLat() - s.minLat()) * i / ny));
        }
        for (int i = 0; i < nx; i++) {
            ring.add(projection.toMetric(s.maxLon() - (s.maxLon() - s.minLon()) * i / nx, s.maxLat()));
        }
        for (int i = 0; i < ny; i++) {
            ring.add(projection.toMetric(s.minLon(), s.maxLat() - (s.maxLat() - s.minLat()) * i / ny));
        }
        ring.add(new Coordinate(ring.get(0)));
        return factory.createPolygon(ring.toArray(Coordinate[]::new));
    }

    private static List<Landmark> landmarks(SyntheticScale scale, SeedField field, Random random, GeometryFactory factory) {
        SyntheticNames names = new SyntheticNames(random);
        List<Landmark> landmarks = new ArrayList<>(scale.landmarks());
        for (int i = 0; i < scale.landmarks(); i++) {
            Coordinate at = field.next(random, 0.6, 1.0);
            landmarks.add(new Landmark(names.next("大厦", "小区", "学校", "医院", "公园", "市场", "广场", "中心"),
                    random.nextDouble() < 0.3 ? LandmarkType.BUILDING : LandmarkType.POI, factory.createPoint(at)));
        }
        return landmarks;
    }
}
