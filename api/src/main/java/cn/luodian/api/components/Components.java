package cn.luodian.api.components;

import java.util.List;
import java.util.Optional;
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
}
