package cn.luodian.geo.hotspot;

/** The direction of a Mann-Kendall trend that is significant at the chosen level, or none. */
public enum Trend {
    UP,
    DOWN,
    NONE
}
