package cn.luodian.geo.hotspot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Early warning (预警): for each unit × category, is the count in the latest window unusually high
 * against the same unit's own baseline, the N windows of the same length before it?
 *
 * <p><b>Test</b>: a Poisson upper tail. The expected rate λ is the mean count of the N baseline
 * windows; the p-value is P(X ≥ latest | X ~ Poisson(λ)). A series is a warning when its latest
 * count is at least {@code minCount} and p ≤ {@code pValueThreshold}. Counts of cases are what a
 * Poisson test is for, and unlike mean + k·sd it still works when the baseline is all zeros or
 * constant (sd = 0). When the baseline is all zeros, λ = 0.5 / N (half a case over the whole
 * baseline) so that one case after N empty windows is not a certainty; {@code minCount} keeps
 * single cases out.
 *
 * <p>Warnings come sorted by p-value ascending, then latest count descending, unit and category.
 */
public final class EarlyWarning {
    private EarlyWarning() {
    }

    /**
     * @param baselineWindows N, the windows before the latest that make the baseline
     * @param pValueThreshold warn when P(X ≥ latest) ≤ this, in (0, 1)
     * @param minCount warn only when the latest count is at least this (≥ 1)
     */
    public record Options(int baselineWindows, double pValueThreshold, long minCount) {
        /** Four weeks of baseline, p ≤ 0.01, at least 3 cases. */
        public static final Options DEFAULTS = new Options(4, 0.01, 3);

        public Options {
            if (baselineWindows < 1 || baselineWindows > TimeWindows.MAX_BASELINE_WINDOWS) {
                throw new IllegalArgumentException("基线应为 1 到 " + TimeWindows.MAX_BASELINE_WINDOWS + " 个时间窗，实为 " + baselineWindows);
            }
            if (!(pValueThreshold > 0 && pValueThreshold < 1)) {
                throw new IllegalArgumentException("预警 p 值阈值应在 0 到 1 之间，实为 " + pValueThreshold);
            }
            if (minCount < 1) {
                throw new IllegalArgumentException("最小案件数至少为 1，实为 " + minCount);
            }
        }
    }

    /**
     * @param series one per unit × category, each with exactly baselineWindows + 1 counts
     * @throws IllegalArgumentException when a series has another number of windows
     */
    public static List<EarlyWarningAlert> detect(List<CountSeries> series, Options options) {
        int n = options.baselineWindows();
        List<EarlyWarningAlert> alerts = new ArrayList<>();
        for (CountSeries s : series) {
            long[] counts = s.countsByWindow();
            if (counts.length != n + 1) {
                throw new IllegalArgumentException("计数序列 " + s.unitId() + "/" + s.category() + " 有 " + counts.length + " 个时间窗，应为 " + (n + 1) + " 个（基线 " + n + " 个加最新 1 个）");
            }
            long latest = counts[n];
            if (latest < options.minCount()) {
                continue;
            }
            double sum = 0;
            for (int w = 0; w < n; w++) {
                sum += counts[w];
            }
            double mean = sum / n;
            double squares = 0;
            for (int w = 0; w < n; w++) {
                squares += (counts[w] - mean) * (counts[w] - mean);
            }
            double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : Double.NaN;
            double rate = mean > 0 ? mean : 0.5 / n;
            double p = Poisson.upperTail(latest, rate);
            if (p <= options.pValueThreshold()) {
                alerts.add(new EarlyWarningAlert(s.unitId(), s.category(), latest, mean, sd, rate, p, latest / rate));
            }
        }
        alerts.sort(Comparator.comparingDouble(EarlyWarningAlert::pValue)
                .thenComparing(Comparator.comparingLong(EarlyWarningAlert::latestCount).reversed())
                .thenComparing(EarlyWarningAlert::unitId).thenComparing(EarlyWarningAlert::category));
        return alerts;
    }
}
