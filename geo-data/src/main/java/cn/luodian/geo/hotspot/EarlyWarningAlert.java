package cn.luodian.geo.hotspot;

/**
 * A unit × category whose latest count is unusually high for it: the count, its baseline (mean
 * and sample standard deviation of the baseline windows), the Poisson rate the test used, the
 * upper-tail p-value P(X ≥ count) and count / rate.
 */
public record EarlyWarningAlert(String unitId, String category, long latestCount, double baselineMean,
        double baselineSd, double expectedRate, double pValue, double ratio) {
}
