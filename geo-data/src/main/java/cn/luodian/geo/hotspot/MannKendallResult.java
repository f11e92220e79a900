package cn.luodian.geo.hotspot;

/**
 * A Mann-Kendall trend test: S, its variance under no trend (tie-corrected), the continuity-corrected
 * z-score, its two-sided p-value and the trend at the level the test was asked for.
 */
public record MannKendallResult(long s, double variance, double zScore, double pValue, Trend trend) {
}
