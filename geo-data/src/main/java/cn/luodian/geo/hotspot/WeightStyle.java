package cn.luodian.geo.hotspot;

/**
 * How the neighbours of a unit are weighted; spdep's {@code nb2listw} styles of the same meaning
 * are named with each constant.
 */
public enum WeightStyle {
    /** Every neighbour (and the unit itself, when included) weighs 1: spdep style "B". */
    BINARY,
    /** Every neighbour weighs 1 / (number of neighbours), so a unit's weights sum to 1: spdep style "W". */
    ROW_STANDARDISED
}
