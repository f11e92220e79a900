package cn.luodian.api.search;

import cn.luodian.api.describe.ReferenceIndexHolder;
import cn.luodian.api.describe.ReferenceSnapshot;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The place names of the current reference snapshot: the index is built on the first search after
 * the snapshot changed (a layer import invalidates the snapshot) and kept beside it, in memory.
 */
@Component
class PlaceSearch {
    private static final Logger LOG = LoggerFactory.getLogger(PlaceSearch.class);

    private final ReferenceIndexHolder reference;
    private volatile Built built;

    private record Built(ReferenceSnapshot snapshot, PlaceNameIndex index) {
    }

    PlaceSearch(ReferenceIndexHolder reference) {
        this.reference = reference;
    }

    /** Builds the index once the server is ready (after the reference snapshot), so the first keystroke does not wait. */
    @EventListener
    public void warmUp(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext() instanceof WebServerApplicationContext) {
            index();
        }
    }

    Map<PlaceKind, List<PlaceNameIndex.Match>> search(String query, int perKind) {
        return index().search(query, perKind);
    }

    private PlaceNameIndex index() {
        ReferenceSnapshot snapshot = reference.get();
        Built current = built;
        if (current == null || current.snapshot() != snapshot) {
            synchronized (this) {
                current = built;
                if (current == null || current.snapshot() != snapshot) {
                    long start = System.nanoTime();
                    current = new Built(snapshot, PlaceNameIndex.build(snapshot.index()));
                    built = current;
                    LOG.info("place name index built: {} places in {} ms", current.index().size(),
                            (System.nanoTime() - start) / 1_000_000);
                }
            }
        }
        return current.index();
    }
}
