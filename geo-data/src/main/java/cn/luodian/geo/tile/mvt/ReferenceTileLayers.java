package cn.luodian.geo.tile.mvt;

import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.Landmark;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.layer.ReferenceFeature;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.Waterway;
import cn.luodian.geo.tile.MercatorGeometry;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.WebMercator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The five reference layers of one snapshot of the store, projected to Web Mercator in one frame
 * (as stored, or shifted to GCJ-02). Built once per snapshot and frame; every tile reads from it.
 */
public final class ReferenceTileLayers {
    private final Map<String, ReferenceTileLayer> layers = new LinkedHashMap<>();

    private ReferenceTileLayers() {
    }

    public static ReferenceTileLayers build(LayerBatch batch, PointShift shift) {
        ReferenceTileLayers built = new ReferenceTileLayers();
        built.put(VectorLayers.ADMIN, batch.features(Layer.ADMIN, AdminArea.class), shift,
                a -> VectorLayers.minZoom(a.level()),
                a -> properties("code", a.code(), "name", a.name(), "level", a.level().id(), "parentCode", a.parentCode()));
        built.put(VectorLayers.GRID, batch.features(Layer.GRID, GridCell.class), shift, g -> 0,
                g -> properties("code", g.code(), "villageCode", g.villageCode()));
        built.put(VectorLayers.ROADS, batch.features(Layer.ROADS, Road.class), shift,
                r -> VectorLayers.minZoom(r.roadClass()),
                r -> properties("name", blankToNull(r.name()), "class", r.roadClass().id(), "ref", blankToNull(r.ref())));
        built.put(VectorLayers.WATERWAYS, batch.features(Layer.WATERWAYS, Waterway.class), shift,
                w -> VectorLayers.minZoom(w.waterwayClass()),
                w -> properties("name", blankToNull(w.name()), "class", w.waterwayClass().id()));
        built.put(VectorLayers.LANDMARKS, batch.features(Layer.LANDMARKS, Landmark.class), shift, l -> 0,
                l -> properties("name", l.name(), "type", l.type().id()));
        return built;
    }

    public Optional<ReferenceTileLayer> find(String name) {
        return Optional.ofNullable(layers.get(name));
    }

    private <T extends ReferenceFeature> void put(VectorLayerSpec spec, List<T> features, PointShift shift,
                                                  java.util.function.ToIntFunction<T> minZoom,
                                                  java.util.function.Function<T, Map<String, Object>> properties) {
        List<ReferenceTileLayer.Entry> entries = new ArrayList<>(features.size());
        Envelope bounds = new Envelope();
        for (int i = 0; i < features.size(); i++) {
            T feature = features.get(i);
            bounds.expandToInclude(feature.geometry().getEnvelopeInternal());
            entries.add(new ReferenceTileLayer.Entry(MercatorGeometry.of(feature.geometry(), shift), minZoom.applyAsInt(feature),
                    properties.apply(feature), i));
        }
        layers.put(spec.name(), new ReferenceTileLayer(spec, entries, bounds));
    }


    private static Map<String, Object> properties(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        // Insertion order kept (not Map.copyOf): the same data must give the same bytes, and so the same ETag.
        return java.util.Collections.unmodifiableMap(map);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
