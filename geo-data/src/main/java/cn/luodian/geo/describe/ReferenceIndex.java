package cn.luodian.geo.describe;

import cn.luodian.geo.crs.GaussKrugerProjection;
import cn.luodian.geo.index.AreaIndex;
import cn.luodian.geo.index.NearestFeatureIndex;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.Landmark;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.Waterway;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * An immutable in-memory snapshot of the reference layers, in the metric projection of the data's
 * Gauss-Krüger zone, indexed for describe and locate. Build a new one when the layers change and
 * swap it in; readers of the old one are unaffected.
 */
public final class ReferenceIndex {
    private final GaussKrugerProjection projection;
    private final Map<AdminLevel, AreaIndex<AdminArea>> adminByLevel = new EnumMap<>(AdminLevel.class);
    private final AreaIndex<GridCell> grid;
    private final NearestFeatureIndex<Road> namedRoads;
    private final NearestFeatureIndex<Waterway> namedWaterways;
    private final NearestFeatureIndex<Landmark> landmarks;
    private final Map<Object, Geometry> metric;
    private final LayerBatch layers;

    private ReferenceIndex(LayerBatch layers) {
        this.layers = layers;
        this.projection = GaussKrugerProjection.forLongitude(centralLongitude(layers));
        this.metric = new IdentityHashMap<>();
        List<AdminArea> admin = layers.features(Layer.ADMIN, AdminArea.class);
        for (AdminLevel level : AdminLevel.values()) {
            List<AdminArea> ofLevel = admin.stream().filter(a -> a.level() == level)
                    .sorted(Comparator.comparing(AdminArea::code)).toList();
            adminByLevel.put(level, new AreaIndex<>(ofLevel, a -> toMetric(a, a.geometry())));
        }
        grid = new AreaIndex<>(layers.features(Layer.GRID, GridCell.class).stream()
                .sorted(Comparator.comparing(GridCell::code)).toList(), c -> toMetric(c, c.geometry()));
        namedRoads = NearestFeatureIndex.sorted(layers.features(Layer.ROADS, Road.class).stream()
                .filter(Road::isNamed).toList(), r -> toMetric(r, r.geometry()), Comparator.comparing(Road::name));
        namedWaterways = NearestFeatureIndex.sorted(layers.features(Layer.WATERWAYS, Waterway.class).stream()
                .filter(Waterway::isNamed).toList(), w -> toMetric(w, w.geometry()), Comparator.comparing(Waterway::name));
        landmarks = NearestFeatureIndex.sorted(layers.features(Layer.LANDMARKS, Landmark.class),
                l -> toMetric(l, l.geometry()), Comparator.comparing(Landmark::name));
    }

    public static ReferenceIndex build(LayerBatch layers) {
        return new ReferenceIndex(layers);
    }

    private Geometry toMetric(Object feature, Geometry lonLat) {
        return metric.computeIfAbsent(feature, f -> projection.toMetric(lonLat));
    }

    /** The longitude at the centre of all the data, which picks the Gauss-Krüger zone. */
    private static double centralLongitude(LayerBatch layers) {
        Envelope all = new Envelope();
        for (Layer layer : layers.layers()) {
            layers.features(layer).forEach(f -> all.expandToInclude(f.geometry().getEnvelopeInternal()));
        }
        return all.isNull() ? 117.0 : all.centre().x;
    }

    public GaussKrugerProjection projection() {
        return projection;
    }

    public AreaIndex<AdminArea> admin(AdminLevel level) {
        return adminByLevel.get(level);
    }

    public AreaIndex<GridCell> grid() {
        return grid;
    }

    public NearestFeatureIndex<Road> namedRoads() {
        return namedRoads;
    }

    public NearestFeatureIndex<Waterway> namedWaterways() {
        return namedWaterways;
    }

    public NearestFeatureIndex<Landmark> landmarks() {
        return landmarks;
    }

    /** The feature's geometry in this index's metric projection (as the indexes hold it). */
    public Geometry metricGeometry(Object feature) {
        Geometry geometry = metric.get(feature);
        if (geometry == null) {
            throw new IllegalArgumentException("该要素不在此索引中：" + feature);
        }
        return geometry;
    }

    /** The layers this index was built from. */
    public LayerBatch layers() {
        return layers;
    }
}
