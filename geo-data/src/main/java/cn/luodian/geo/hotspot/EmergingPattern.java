package cn.luodian.geo.hotspot;

/**
 * ArcGIS Pro's "Emerging Hot Spot Analysis" categories. The rules that decide them are in
 * {@link EmergingHotspots#classify}.
 */
public enum EmergingPattern {
    NO_PATTERN,
    NEW_HOT_SPOT,
    CONSECUTIVE_HOT_SPOT,
    INTENSIFYING_HOT_SPOT,
    PERSISTENT_HOT_SPOT,
    DIMINISHING_HOT_SPOT,
    SPORADIC_HOT_SPOT,
    OSCILLATING_HOT_SPOT,
    HISTORICAL_HOT_SPOT,
    NEW_COLD_SPOT,
    CONSECUTIVE_COLD_SPOT,
    INTENSIFYING_COLD_SPOT,
    PERSISTENT_COLD_SPOT,
    DIMINISHING_COLD_SPOT,
    SPORADIC_COLD_SPOT,
    OSCILLATING_COLD_SPOT,
    HISTORICAL_COLD_SPOT
}
