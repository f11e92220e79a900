package cn.luodian.api.components;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;

/** The stored components as other packages and the API read them: one by code, a search, a history. */
@Service
public class Components {
    private final ComponentStore store;

    Components(ComponentStore store) {
        this.store = store;
    }

    public Optional<StoredComponent> find(String code) {
        return store.findByCode(code);
    }

    public List<StoredComponent> search(ComponentQuery query) {
        return store.search(query);
    }

    /** Oldest first; kept after the component was removed. */
    public List<ComponentChange> history(String code) {
        return store.history(code);
    }

    // For the map's in-memory component index (tiles), added after the rest to ease merging.

    /** Rows per query of {@link #forEachOnMap}: a page of a million-row table stays a few MB. */
    public static final int MAP_PAGE_ROWS = 10_000;

    /** Every stored component as the map shows it, in code order, read {@value #MAP_PAGE_ROWS} at a time. */
    public void forEachOnMap(Consumer<ComponentOnMap> each) {
        store.forEachOnMap(MAP_PAGE_ROWS, each);
    }

    /** The stored components among {@code codes} as the map shows them; a removed code is simply absent. */
    public List<ComponentOnMap> findOnMap(Collection<String> codes) {
        return store.findOnMap(codes);
    }

}
