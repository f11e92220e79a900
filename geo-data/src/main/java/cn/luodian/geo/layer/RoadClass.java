package cn.luodian.geo.layer;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Road classes, following OpenStreetMap's highway values from motorway down to track. */
public enum RoadClass {
    MOTORWAY, TRUNK, PRIMARY, SECONDARY, TERTIARY, UNCLASSIFIED, RESIDENTIAL, LIVING_STREET, SERVICE, TRACK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RoadClass parse(String id) {
        if (id != null) {
            String wanted = id.trim().toLowerCase(Locale.ROOT).replace("_link", "");
            for (RoadClass roadClass : values()) {
                if (roadClass.id().equals(wanted)) {
                    return roadClass;
                }
            }
        }
        throw new IllegalArgumentException("未知的道路等级 '" + id + "'：应为 "
                + Arrays.stream(values()).map(RoadClass::id).collect(Collectors.joining("、")));
    }
}
