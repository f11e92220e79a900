package cn.luodian.geo.hotspot;

import java.util.Arrays;

/**
 * ArcGIS "Hot Spot Analysis" confidence bins: −3…+3 for cold/hot spots at 99, 95 and 90 %
 * confidence, 0 for not significant; the sign is the sign of the z-score.
 *
 * <p>Without FDR a unit is significant at a level when its two-sided p ≤ 0.01, 0.05 or 0.10.
 *
 * <p>With the false discovery rate correction (Benjamini–Hochberg, as ArcGIS's "Apply False
 * Discovery Rate (FDR) Correction"), each level α ∈ {0.10, 0.05, 0.01} is decided on its own: sort
 * the m p-values ascending, p₍₁₎ ≤ … ≤ p₍ₘ₎, find the largest rank k with p₍ₖ₎ ≤ k·α/m, and call
 * significant at that level every unit with p ≤ p₍ₖ₎ (none when no rank qualifies). A unit's bin
 * is the highest level at which it is significant. Units whose p is NaN (no neighbours, see the
 * statistic) get bin 0 and are not counted in m.
 */
public final class ConfidenceBins {
    /** The significance levels of bins 1, 2 and 3. */
    static final double[] ALPHAS = {0.10, 0.05, 0.01};
    /** The cut-off of a level at which nothing is significant (below every p-value, even 0). */
    public static final double NONE = -1;

    private final int[] bins;
    private final Thresholds thresholds;

    private ConfidenceBins(int[] bins, Thresholds thresholds) {
        this.bins = bins;
        this.thresholds = thresholds;
    }

    /**
     * The p-value cut-offs actually applied for bins ±1, ±2 and ±3 (a unit is in the bin when
     * p ≤ the cut-off); without FDR 0.10, 0.05 and 0.01, with FDR the Benjamini–Hochberg cut-offs
     * ({@link #NONE} = −1 when nothing is significant at that level).
     */
    public record Thresholds(double p90, double p95, double p99, boolean fdr) {
    }

    /** Bins for z-scores and their two-sided p-values (same length). */
    public static ConfidenceBins of(double[] zScores, double[] pValues, boolean fdr) {
        if (zScores.length != pValues.length) {
            throw new IllegalArgumentException("置信分级：" + zScores.length + " 个 z 值，但有 " + pValues.length + " 个 p 值");
        }
        double[] cut = fdr ? benjaminiHochberg(pValues) : ALPHAS.clone();
        int[] bins = new int[zScores.length];
        for (int i = 0; i < bins.length; i++) {
            double p = pValues[i];
            int level = 0;
            for (int l = 0; l < ALPHAS.length; l++) {
                if (p <= cut[l]) {
                    level = l + 1;
                }
            }
            bins[i] = zScores[i] > 0 ? level : zScores[i] < 0 ? -level : 0;
        }
        return new ConfidenceBins(bins, new Thresholds(cut[0], cut[1], cut[2], fdr));
    }

    private static double[] benjaminiHochberg(double[] pValues) {
        double[] sorted = Arrays.stream(pValues).filter(p -> !Double.isNaN(p)).sorted().toArray();
        int m = sorted.length;
        double[] cut = new double[ALPHAS.length];
        for (int l = 0; l < ALPHAS.length; l++) {
            cut[l] = NONE;
            for (int k = m; k >= 1; k--) {
                if (sorted[k - 1] <= k * ALPHAS[l] / m) {
                    cut[l] = sorted[k - 1];
                    break;
                }
            }
        }
        return cut;
    }

    public int bin(int i) {
        return bins[i];
    }

    public int[] bins() {
        return bins.clone();
    }

    public Thresholds thresholds() {
        return thresholds;
    }
}
