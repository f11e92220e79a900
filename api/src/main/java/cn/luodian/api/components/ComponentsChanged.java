package cn.luodian.api.components;

import java.util.Set;

/**
 * Components were written (inserted, updated or removed): the codes whose rows changed. Published
 * inside the writing transaction; listeners act after it commits (the map's component index), and
 * read the current rows through {@link Components}.
 */
public record ComponentsChanged(Set<String> codes) {

    public ComponentsChanged {
        codes = Set.copyOf(codes);
    }
}
