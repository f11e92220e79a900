package cn.luodian.geo.hotspot;

/**
 * The emerging hot spot pattern of one unit, the Mann-Kendall test of its Gi* z-scores over time,
 * and how many time steps it was a significant hot and cold spot.
 */
public record EmergingUnit(String unitId, EmergingPattern pattern, MannKendallResult trend, int hotSteps, int coldSteps) {
}
