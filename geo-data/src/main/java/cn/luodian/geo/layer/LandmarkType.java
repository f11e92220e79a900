package cn.luodian.geo.layer;

import java.util.Locale;

public enum LandmarkType {
    BUILDING, POI;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LandmarkType parse(String id) {
        if (id != null) {
            String wanted = id.trim().toLowerCase(Locale.ROOT);
            for (LandmarkType type : values()) {
                if (type.id().equals(wanted)) {
                    return type;
                }
            }
        }
        throw new IllegalArgumentException("未知的地标类型 '" + id + "'：应为 building（建筑）或 poi（兴趣点）");
    }
}
