package cn.luodian.api.tiles;

import cn.luodian.api.components.ComponentOnMap;
import cn.luodian.api.components.Components;
import cn.luodian.api.components.ComponentsChanged;
import cn.luodian.api.system.BackgroundThread;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.locationtech.jts.geom.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every component in memory for the {@code components} tile layer (a {@link ComponentTileSet}:
 * columns, about 45 bytes a point), read from the store through {@link Components} in pages, on
 * first use or in the background when the server is ready. Kept current after each commit by
 * {@link ComponentsChanged}: the changed codes are read again and replace their old rows; more than
 * {@value #MAX_CODES_ONE_BY_ONE} at once (a city-wide re-survey), or a delta grown past that, and the
 * whole index is read again on a background thread while tiles keep using the old one. Readers take
 * one immutable {@link #snapshot()} and never wait for a change (only the very first load is waited
 * for, once). The tiles a change touches are evicted by {@link ComponentTileInvalidation}.
 */
@Component
public class ComponentTileIndex {
    /** Changed codes read one by one; more than this, and the index is read again whole. */
    static final int MAX_CODES_ONE_BY_ONE = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger(ComponentTileIndex.class);

    private final Components components;
    private final ComponentTileInvalidation invalidation;
    private final ExecutorService reloader = BackgroundThread.named("component-tile-index");
    private final Object writeLock = new Object();
    private volatile ComponentTileSet current;
    /** Codes changed while a whole reload runs, read again onto its result; null when none runs. */
    private Set<String> sinceReloadStarted;

    public ComponentTileIndex(Components components, ComponentTileInvalidation invalidation) {
        this.components = components;
        this.invalidation = invalidation;
    }

    /** Every component, one consistent immutable set. */
    ComponentTileSet snapshot() {
        ComponentTileSet set = current;
        if (set == null) {
            synchronized (writeLock) {
                if (current == null) {
                    current = load();
                }
                set = current;
            }
        }
        return set;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Order(0)
    public void componentsChanged(ComponentsChanged changed) {
        synchronized (writeLock) {
            // Not loaded yet: the load reads the committed change itself.
            if (current == null) {
                return;
            }
            if (sinceReloadStarted != null) {
                sinceReloadStarted.addAll(changed.codes());
                return;
            }
            if (changed.codes().size() > MAX_CODES_ONE_BY_ONE) {
                startReload();
                return;
            }
            readAgain(changed.codes());
            if (current.deltaSize() > MAX_CODES_ONE_BY_ONE) {
                startReload();
            }
        }
    }

    /** Builds the index in the background when the server is ready, so that no tile waits for it. */
    @EventListener
    public void warmUp(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext() instanceof WebServerApplicationContext) {
            reloader.execute(this::snapshot);
        }
    }

    /** Reads every component from the store again now (after rows were written around the components services). */
    void reload() {
        synchronized (writeLock) {
            current = load();
        }
        invalidation.evictAll();
    }

    @PreDestroy
    void stop() {
        reloader.shutdownNow();
    }

    /** Replaces the rows of {@code codes} with what the store holds now, and evicts their tiles (old and new place). Under the lock. */
    private void readAgain(Set<String> codes) {
        List<ComponentOnMap> now = components.findOnMap(codes);
        List<Envelope> touched = new ArrayList<>();
        for (String code : codes) {
            Envelope before = current.extentLonLat(code);
            if (before != null) {
                touched.add(before);
            }
        }
        now.forEach(c -> touched.add(c.geometry().getEnvelopeInternal()));
        current = current.withChanged(codes, now);
        invalidation.evictAround(touched);
    }

    private void startReload() {
        sinceReloadStarted = new HashSet<>();
        reloader.execute(this::reloadBehindReaders);
    }

    private void reloadBehindReaders() {
        ComponentTileSet loaded;
        try {
            loaded = load();
        } catch (RuntimeException e) {
            LOG.error("component tile index: reading every component again failed; the old index stays", e);
            synchronized (writeLock) {
                sinceReloadStarted = null;
            }
            return;
        }
        synchronized (writeLock) {
            current = loaded;
            Set<String> meanwhile = sinceReloadStarted;
            sinceReloadStarted = null;
            // Read again what changed while loading: a page read before such a change committed holds the old row.
            if (!meanwhile.isEmpty() && meanwhile.size() <= MAX_CODES_ONE_BY_ONE) {
                readAgain(meanwhile);
            } else if (!meanwhile.isEmpty()) {
                startReload();
            }
            invalidation.evictAll();
        }
    }

    private ComponentTileSet load() {
        long began = System.nanoTime();
        ComponentTable.Builder builder = new ComponentTable.Builder();
        components.forEachOnMap(builder::add);
        ComponentTileSet set = ComponentTileSet.of(builder.build());
        LOG.info("component tile index built: {} components in {} ms", set.size(), (System.nanoTime() - began) / 1_000_000);
        return set;
    }
}
