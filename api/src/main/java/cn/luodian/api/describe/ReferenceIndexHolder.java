package cn.luodian.api.describe;

import cn.luodian.api.layers.LayerReader;
import cn.luodian.geo.describe.ReferenceIndex;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The current in-memory {@link ReferenceIndex}, built from the store on first use and rebuilt after
 * the layers change. Readers take one snapshot per request and never see a half-built index.
 */
@Component
public class ReferenceIndexHolder {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceIndexHolder.class);

    private final LayerReader reader;
    private volatile ReferenceIndex current;

    public ReferenceIndexHolder(LayerReader reader) {
        this.reader = reader;
    }

    public ReferenceIndex get() {
        ReferenceIndex index = current;
        if (index == null) {
            synchronized (this) {
                if (current == null) {
                    current = load();
                }
                index = current;
            }
        }
        return index;
    }

    /** Call after the layers changed: the next request builds a fresh snapshot. */
    public synchronized void invalidate() {
        current = null;
    }

    private ReferenceIndex load() {
        long start = System.nanoTime();
        LayerBatch.Builder builder = LayerBatch.builder();
        for (Layer layer : Layer.values()) {
            builder.addAll(layer, java.util.List.of());
            reader.forEach(layer, null, null, Integer.MAX_VALUE - 1, builder::add);
        }
        LayerBatch layers = builder.build();
        ReferenceIndex index = ReferenceIndex.build(layers);
        LOG.info("reference index built: {} features in {} ms", layers.size(), (System.nanoTime() - start) / 1_000_000);
        return index;
    }
}
