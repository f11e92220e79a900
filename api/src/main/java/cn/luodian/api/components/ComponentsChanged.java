package cn.luodian.api.components;

import java.util.Set;

/**
 * Components were written (inserted, updated or removed): the codes whose rows changed, and whether
 * any was added, removed, moved or given another 小类 ({@code placesChanged}; false when only
 * statuses or fields changed, as when a case closes). Published inside the writing transaction;
 * listeners act after it commits (the map's component index), and read the current rows through
 * {@link Components}.
 */
public record ComponentsChanged(Set<String> codes, boolean placesChanged) {

    public ComponentsChanged {
        codes = Set.copyOf(codes);
    }
}
