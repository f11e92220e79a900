package cn.luodian.api.components;

import cn.luodian.api.describe.ReferenceIndexHolder;
import cn.luodian.geo.component.NearbyComponent;
import cn.luodian.geo.component.NearestComponentIndex;
import cn.luodian.geo.crs.GaussKrugerProjection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The components near a report, for linking: geo-data's {@link NearestComponentIndex} over every
 * stored component, in the reference data's metric projection, held in memory. Built on first use
 * (an import command never builds it); once built, rebuilt after an import that adds, removes or
 * moves components commits, on the importing thread, so that the import returns once its components
 * are offered (readers keep the previous index meanwhile and never wait). The index gives codes and distances; the rows themselves are read from
 * the store, so a status a case changed a moment ago shows without a rebuild.
 */
@Service
public class NearbyComponents {
    private static final Logger LOG = LoggerFactory.getLogger(NearbyComponents.class);
    private static final GeometryFactory GEOMETRY = new GeometryFactory();

    private final ComponentStore store;
    private final ReferenceIndexHolder reference;
    private final Object loadLock = new Object();
    private volatile NearestComponentIndex index;
    /** Imports that added, removed or moved components: a first build that saw one arrive reads again. */
    private final AtomicLong placeChanges = new AtomicLong();

    NearbyComponents(ComponentStore store, ReferenceIndexHolder reference) {
        this.store = store;
        this.reference = reference;
    }

    /** The components of {@code category} within {@code radiusMetres} of a WGS-84 point, closest first, as stored now. */
    public List<ComponentAtDistance> find(String category, double lon, double lat, double radiusMetres, int limit) {
        List<NearbyComponent> hits = index().nearest(lon, lat, category, radiusMetres, limit);
        Map<String, StoredComponent> current = store.findByCodes(hits.stream().map(h -> h.component().code().value()).toList());
        List<ComponentAtDistance> found = new ArrayList<>(hits.size());
        for (NearbyComponent hit : hits) {
            StoredComponent stored = current.get(hit.component().code().value());
            if (stored != null) { // removed since the index was built
                found.add(new ComponentAtDistance(stored, hit.distanceMetres()));
            }
        }
        return found;
    }

    /** How far {@code component} lies from a WGS-84 point, in metres of the reference data's projection (0 inside a polygon). */
    public double distanceMetres(StoredComponent component, double lon, double lat) {
        GaussKrugerProjection projection = reference.get().index().projection();
        Coordinate at = projection.toMetric(lon, lat);
        return projection.toMetric(component.component().geometry()).distance(GEOMETRY.createPoint(at));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void changed(ComponentsChanged changed) {
        if (!changed.placesChanged()) {
            return;
        }
        placeChanges.incrementAndGet();
        if (index == null) {
            // Nobody has asked yet (an import command, a server before its first report): the first
            // reader builds it from what is stored then.
            return;
        }
        try {
            NearestComponentIndex rebuilt = build();
            synchronized (loadLock) {
                index = rebuilt;
            }
        } catch (RuntimeException e) {
            // The import has committed: it stands, and the next one rebuilds again.
            LOG.error("could not rebuild the nearby-component index; the previous one stays", e);
        }
    }

    private NearestComponentIndex index() {
        NearestComponentIndex current = index;
        if (current == null) {
            synchronized (loadLock) {
                while (index == null) {
                    long before = placeChanges.get();
                    NearestComponentIndex built = build();
                    // An import that committed while this one read may be missing from it: read again.
                    if (placeChanges.get() == before) {
                        index = built;
                    }
                }
                current = index;
            }
        }
        return current;
    }

    private NearestComponentIndex build() {
        long start = System.nanoTime();
        NearestComponentIndex built = NearestComponentIndex.build(store.loadAll(), reference.get().index().projection());
        LOG.info("nearby-component index: {} components in {} ms", built.size(), (System.nanoTime() - start) / 1_000_000);
        return built;
    }
}
