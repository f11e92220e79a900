package cn.luodian.api.tiles;

import cn.luodian.api.describe.ReferenceIndexHolder;
import cn.luodian.api.describe.ReferenceSnapshot;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.mvt.ReferenceTileLayers;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The reference layers ready for tiles, built from the current {@link ReferenceSnapshot} (already
 * in memory for describe) once per frame (WGS-84 or GCJ-02). When the snapshot is rebuilt after
 * the layers changed (the demo loaded, an import), the layers whose features differ have their
 * cached tiles evicted, and the tile layers are built again on first use.
 */
@Component
public class ReferenceTiles {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceTiles.class);

    private final ReferenceIndexHolder holder;
    private final TileCache cache;
    private volatile Built built;

    private record Built(ReferenceSnapshot snapshot, Map<PointShift, ReferenceTileLayers> byShift) {
    }

    public ReferenceTiles(ReferenceIndexHolder holder, TileCache cache) {
        this.holder = holder;
        this.cache = cache;
    }

    /** Call before reading cached tiles of reference layers: evicts them if the data changed since. */
    public void refresh() {
        current();
    }

    public ReferenceTileLayers layers(PointShift shift) {
        Built now = current();
        return now.byShift().computeIfAbsent(shift, s -> {
            long began = System.nanoTime();
            ReferenceTileLayers layers = ReferenceTileLayers.build(now.snapshot().index().layers(), s);
            LOG.info("reference tile layers built ({}) in {} ms", s, (System.nanoTime() - began) / 1_000_000);
            return layers;
        });
    }

    private Built current() {
        ReferenceSnapshot snapshot = holder.get();
        Built now = built;
        if (now != null && now.snapshot() == snapshot) {
            return now;
        }
        synchronized (this) {
            now = built;
            if (now == null || now.snapshot() != snapshot) {
                Set<String> changed = now == null ? allLayers() : changedLayers(now.snapshot().index().layers(),
                        snapshot.index().layers());
                if (!changed.isEmpty()) {
                    cache.evictIf(key -> key.layers().stream().anyMatch(changed::contains));
                }
                now = new Built(snapshot, new ConcurrentHashMap<>());
                built = now;
            }
            return now;
        }
    }

    private static Set<String> changedLayers(LayerBatch before, LayerBatch after) {
        Set<String> changed = new HashSet<>();
        for (Layer layer : Layer.values()) {
            if (!before.features(layer).equals(after.features(layer))) {
                changed.add(layer.id());
            }
        }
        return changed;
    }

    private static Set<String> allLayers() {
        Set<String> all = new HashSet<>();
        for (Layer layer : Layer.values()) {
            all.add(layer.id());
        }
        return all;
    }
}
