package cn.luodian.geo.hotspot;

/**
 * Getis-Ord Gi* of one unit: its value, the z-score (spdep {@code localG} with self included),
 * the two-sided p-value, the confidence bin −3…+3 ({@link ConfidenceBins}) and how many neighbours
 * it had, itself included (1 means it had only itself: {@link SpatialWeights#isolatedUnits()}).
 */
public record GiStarUnit(String unitId, double value, double zScore, double pValue, int bin, int neighbourCount) {
}
