package cn.luodian.bench.postgis;

import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.Waterway;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The named roads and waterways of a batch, in batch order; a feature's position in its list is
 * its {@code id} in the PostGIS tables, so both sides can say which feature they found.
 */
record NamedFeatures(List<Road> roads, List<Waterway> waterways) {

    static NamedFeatures of(LayerBatch batch) {
        return new NamedFeatures(batch.features(Layer.ROADS, Road.class).stream().filter(Road::isNamed).toList(),
                batch.features(Layer.WATERWAYS, Waterway.class).stream().filter(Waterway::isNamed).toList());
    }

    static <T> Map<T, Integer> ids(List<T> features) {
        Map<T, Integer> ids = new IdentityHashMap<>();
        for (int i = 0; i < features.size(); i++) {
            ids.put(features.get(i), i);
        }
        return ids;
    }
}
