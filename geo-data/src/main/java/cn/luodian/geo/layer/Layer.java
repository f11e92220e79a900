package cn.luodian.geo.layer;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The reference layers, named as in URLs, the import command and the database. */
public enum Layer {
    ADMIN("admin"),
    GRID("grid"),
    ROADS("roads"),
    WATERWAYS("waterways"),
    LANDMARKS("landmarks");

    private final String id;

    Layer(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Layer parse(String id) {
        if (id != null) {
            String wanted = id.trim().toLowerCase(Locale.ROOT);
            for (Layer layer : values()) {
                if (layer.id.equals(wanted)) {
                    return layer;
                }
            }
        }
        throw new IllegalArgumentException("没有图层 '" + id + "'：应为 "
                + Arrays.stream(values()).map(Layer::id).collect(Collectors.joining("、")));
    }
}
