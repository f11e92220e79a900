package cn.luodian.geo.locate;

import cn.luodian.geo.layer.OfficialNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@link KnownNames} from lists of names: one {@link NameIndex} per kind. */
final class IndexedKnownNames implements KnownNames {
    private final Map<NameKind, NameIndex> indexes;

    private IndexedKnownNames(Map<NameKind, NameIndex> indexes) {
        this.indexes = indexes;
    }

    static IndexedKnownNames of(Map<NameKind, ? extends Collection<String>> namesByKind) {
        Objects.requireNonNull(namesByKind, "namesByKind");
        Map<NameKind, NameIndex> indexes = new EnumMap<>(NameKind.class);
        namesByKind.forEach((kind, names) -> {
            Objects.requireNonNull(kind, "kind");
            List<String> normalised = new ArrayList<>();
            for (String name : names == null ? List.<String>of() : names) {
                if (name != null) {
                    normalised.add(normalise(kind, name));
                }
            }
            indexes.put(kind, NameIndex.of(normalised));
        });
        return new IndexedKnownNames(indexes);
    }

    /** The same normalisation the parser applies to its text, so that the two meet. */
    private static String normalise(NameKind kind, String name) {
        String text = LocationText.normalise(name).strip();
        return kind == NameKind.VILLAGE ? OfficialNames.bareName(text) : text;
    }

    @Override
    public int longestMatch(NameKind kind, CharSequence text, int start) {
        NameIndex index = indexes.get(kind);
        return index == null ? 0 : index.longestMatch(text, start);
    }

    @Override
    public String toString() {
        Map<NameKind, Integer> sizes = new EnumMap<>(NameKind.class);
        indexes.forEach((kind, index) -> sizes.put(kind, index.size()));
        return "KnownNames" + sizes;
    }
}
