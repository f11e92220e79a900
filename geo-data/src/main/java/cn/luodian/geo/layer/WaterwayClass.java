package cn.luodian.geo.layer;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Waterway classes: OpenStreetMap's waterway values we keep, and {@code water} for areas. */
public enum WaterwayClass {
    RIVER, CANAL, STREAM, DITCH, DRAIN, WATER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WaterwayClass parse(String id) {
        if (id != null) {
            String wanted = id.trim().toLowerCase(Locale.ROOT);
            for (WaterwayClass waterwayClass : values()) {
                if (waterwayClass.id().equals(wanted)) {
                    return waterwayClass;
                }
            }
        }
        throw new IllegalArgumentException("未知的水系类别 '" + id + "'：应为 "
                + Arrays.stream(values()).map(WaterwayClass::id).collect(Collectors.joining("、")));
    }
}
