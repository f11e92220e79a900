package cn.luodian.api.hotspots;

import cn.luodian.geo.hotspot.EmergingPattern;

/** The emerging hot spot patterns in the words of a Chinese map legend (as ArcGIS's Chinese edition names them). */
final class EmergingLabels {

    private EmergingLabels() {
    }

    static String of(EmergingPattern pattern) {
        return switch (pattern) {
            case NO_PATTERN -> "无模式";
            case NEW_HOT_SPOT -> "新增热点";
            case CONSECUTIVE_HOT_SPOT -> "连续热点";
            case INTENSIFYING_HOT_SPOT -> "加强热点";
            case PERSISTENT_HOT_SPOT -> "持续热点";
            case DIMINISHING_HOT_SPOT -> "减弱热点";
            case SPORADIC_HOT_SPOT -> "零星热点";
            case OSCILLATING_HOT_SPOT -> "振荡热点";
            case HISTORICAL_HOT_SPOT -> "历史热点";
            case NEW_COLD_SPOT -> "新增冷点";
            case CONSECUTIVE_COLD_SPOT -> "连续冷点";
            case INTENSIFYING_COLD_SPOT -> "加强冷点";
            case PERSISTENT_COLD_SPOT -> "持续冷点";
            case DIMINISHING_COLD_SPOT -> "减弱冷点";
            case SPORADIC_COLD_SPOT -> "零星冷点";
            case OSCILLATING_COLD_SPOT -> "振荡冷点";
            case HISTORICAL_COLD_SPOT -> "历史冷点";
        };
    }
}
