package cn.luodian.geo.io.osm;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tags of one OSM element, immutable. Absent keys read as null. */
final class OsmTags {
    static final OsmTags EMPTY = new OsmTags(Map.of());

    private final Map<String, String> tags;

    private OsmTags(Map<String, String> tags) {
        this.tags = tags;
    }

    static OsmTags of(Map<String, String> tags) {
        return tags.isEmpty() ? EMPTY : new OsmTags(Collections.unmodifiableMap(new LinkedHashMap<>(tags)));
    }

    /** For tests and fixtures: {@code of("highway", "residential", "name", "长凌营环路")}. */
    static OsmTags of(String... keysAndValues) {
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            tags.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return of(tags);
    }

    String get(String key) {
        return tags.get(key);
    }

    boolean has(String key) {
        return tags.containsKey(key);
    }

    boolean is(String key, String value) {
        return value.equals(tags.get(key));
    }

    boolean isEmpty() {
        return tags.isEmpty();
    }

    /** {@code name}, else {@code name:zh}, stripped; empty when neither is set. */
    String name() {
        String name = stripped("name");
        return name.isEmpty() ? stripped("name:zh") : name;
    }

    /** The value stripped of surrounding blanks, empty when absent. */
    String stripped(String key) {
        String value = tags.get(key);
        return value == null ? "" : value.strip();
    }

    @Override
    public String toString() {
        return tags.toString();
    }
}
