package cn.luodian.geo.hotspot;

/**
 * The LISA cluster of a unit: its own value (above or below the mean) against the spatial lag of
 * the deviations from the mean (above or below 0), as GeoDa, PySAL and spdep's "pysal" quadrant;
 * only for units significant at the chosen level.
 */
public enum MoranQuadrant {
    /** High value among high neighbours: a hot spot. */
    HH,
    /** Low value among high neighbours: a low outlier. */
    LH,
    /** Low value among low neighbours: a cold spot. */
    LL,
    /** High value among low neighbours: a high outlier. */
    HL,
    NOT_SIGNIFICANT,
    /** No neighbours: Iᵢ = 0 and z undefined (spdep zero.policy = TRUE). */
    NO_NEIGHBOURS
}
