package cn.luodian.api.describe;

import cn.luodian.api.layers.ReferenceLayers;
import cn.luodian.api.system.LuodianProperties;
import cn.luodian.geo.describe.DescribeOptions;
import cn.luodian.geo.describe.Describer;
import cn.luodian.geo.describe.ReferenceIndex;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.locate.Locator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The current in-memory {@link ReferenceSnapshot}, built from the store on first use and rebuilt
 * after the layers change. Readers take one snapshot per request and never see a half-built index.
 */
@Component
public class ReferenceIndexHolder {
    private static final Logger LOG = LoggerFactory.getLogger(ReferenceIndexHolder.class);

    private final ReferenceLayers reader;
    private final DescribeOptions options;
    private volatile ReferenceSnapshot current;

    public ReferenceIndexHolder(ReferenceLayers reader, LuodianProperties properties) {
        this.reader = reader;
        this.options = properties.describe().options();
    }

    public ReferenceSnapshot get() {
        ReferenceSnapshot index = current;
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

    /** Builds the snapshot once the server is ready, so the first request does not wait for it. */
    @EventListener
    public void warmUp(ApplicationReadyEvent ready) {
        // Import commands run without a web server and never describe: no need to build it there.
        if (ready.getApplicationContext() instanceof WebServerApplicationContext) {
            get();
        }
    }

    /** Call after the layers changed: the next request builds a fresh snapshot. */
    public synchronized void invalidate() {
        current = null;
    }

    private ReferenceSnapshot load() {
        long start = System.nanoTime();
        LayerBatch.Builder builder = LayerBatch.builder();
        for (Layer layer : Layer.values()) {
            builder.addAll(layer, List.of());
            reader.forEach(layer, null, null, Integer.MAX_VALUE - 1, builder::add);
        }
        LayerBatch layers = builder.build();
        ReferenceIndex index = ReferenceIndex.build(layers);
        ReferenceSnapshot snapshot = new ReferenceSnapshot(index, new Describer(index, options), new Locator(index, options));
        LOG.info("reference index built: {} features in {} ms", layers.size(), (System.nanoTime() - start) / 1_000_000);
        return snapshot;
    }
}
