package cn.luodian.geo.component;

import cn.luodian.geo.crs.GaussKrugerProjection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * The components of one 小类 nearest to a report's point, within a radius in metres of the
 * Gauss-Krüger projection (EPSG:4548 for Beijing), closest first: what a dispatcher is offered to
 * link. Immutable; built once from an inventory and replaced whole when it changes.
 *
 * <p>Everything is projected once, at build. Points (most components) are kept in
 * {@link PointRows}: flat coordinate arrays in rows of {@value PointRows#ROW_METRES} m, so a lookup
 * reads one or two short sorted runs and allocates little; lines and polygons, few by comparison, in
 * {@link ShapeTree}s measured to the geometry (0 inside a polygon). Ties go to the smaller code.
 */
public final class NearestComponentIndex {
    public static final double MAX_RADIUS_METRES = 1_000;
    public static final int MAX_RESULTS = 100;
    private static final Comparator<NearbyComponent> CLOSEST_FIRST = Comparator
            .comparingDouble(NearbyComponent::distanceMetres).thenComparing(n -> n.component().code());

    private final GaussKrugerProjection projection;
    private final List<Component> components;
    private final PointRows points;
    private final Map<String, ShapeTree> shapesByCategory;

    private NearestComponentIndex(GaussKrugerProjection projection, List<Component> components, PointRows points,
                                  Map<String, ShapeTree> shapesByCategory) {
        this.projection = projection;
        this.components = components;
        this.points = points;
        this.shapesByCategory = shapesByCategory;
    }

    public static NearestComponentIndex build(List<Component> components, GaussKrugerProjection projection) {
        List<Component> all = List.copyOf(components);
        // Points are projected in one call: far cheaper than one call each for a million of them.
        int[] pointIds = new int[all.size()];
        double[] metric = new double[2 * all.size()];
        int pointCount = 0;
        Map<String, ShapeTree.Builder> shapes = new HashMap<>();
        for (int i = 0; i < all.size(); i++) {
            Component component = all.get(i);
            if (component.geometry() instanceof Point point) {
                pointIds[pointCount] = i;
                metric[2 * pointCount] = point.getX();
                metric[2 * pointCount + 1] = point.getY();
                pointCount++;
            } else {
                shapes.computeIfAbsent(component.category(), c -> new ShapeTree.Builder())
                        .add(projection.toMetric(component.geometry()), i);
            }
        }
        metric = Arrays.copyOf(metric, 2 * pointCount);
        projection.toMetricInPlace(metric);
        PointRows.Builder points = new PointRows.Builder(pointCount);
        for (int k = 0; k < pointCount; k++) {
            int id = pointIds[k];
            points.add(all.get(id).category(), metric[2 * k], metric[2 * k + 1], id);
        }
        Map<String, ShapeTree> built = new HashMap<>();
        shapes.forEach((category, builder) -> built.put(category, builder.build()));
        return new NearestComponentIndex(projection, all, points.build(), Map.copyOf(built));
    }

    public int size() {
        return components.size();
    }

    /**
     * The components of {@code category} ({@code B0101}) within {@code radiusMetres} of a WGS-84
     * point, closest first, at most {@code limit}.
     */
    public List<NearbyComponent> nearest(double lon, double lat, String category, double radiusMetres, int limit) {
        if (!(radiusMetres > 0 && radiusMetres <= MAX_RADIUS_METRES)) {
            throw new IllegalArgumentException("搜索半径应大于 0 米、不超过 " + (int) MAX_RADIUS_METRES + " 米，实为 " + radiusMetres);
        }
        if (limit < 1 || limit > MAX_RESULTS) {
            throw new IllegalArgumentException("返回个数应为 1 到 " + MAX_RESULTS + "，实为 " + limit);
        }
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("坐标 (" + lon + ", " + lat + ") 不是 WGS-84 经纬度");
        }
        Coordinate metric = projection.toMetric(lon, lat);
        List<NearbyComponent> found = new ArrayList<>();
        points.within(category, metric.x, metric.y, radiusMetres,
                (id, distance) -> found.add(new NearbyComponent(components.get(id), distance)));
        ShapeTree shapes = shapesByCategory.get(category);
        if (shapes != null) {
            shapes.within(metric.x, metric.y, radiusMetres,
                    (id, distance) -> found.add(new NearbyComponent(components.get(id), distance)));
        }
        found.sort(CLOSEST_FIRST);
        return found.size() <= limit ? found : List.copyOf(found.subList(0, limit));
    }

    /** Receives one component within the radius: its position in the build list and its distance. */
    @FunctionalInterface
    interface Hit {
        void accept(int id, double distanceMetres);
    }
}
