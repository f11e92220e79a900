package cn.luodian.geo.hotspot;

import java.util.Arrays;

/**
 * The Mann-Kendall trend test (Mann 1945, Kendall 1975; as in Gilbert 1987, §16.4) of a series
 * x₁ … xₙ in time order:
 *
 * <pre>
 *   S = Σ_{i&lt;j} sign(xⱼ − xᵢ)
 *   Var(S) = [ n(n−1)(2n+5) − Σ_g t_g(t_g−1)(2t_g+5) ] / 18      (t_g: size of the g-th group of ties)
 *   z = (S − 1)/√Var if S &gt; 0,  0 if S = 0,  (S + 1)/√Var if S &lt; 0
 *   p = two-sided normal
 * </pre>
 *
 * The trend is {@link Trend#UP} or {@link Trend#DOWN} by the sign of S when p ≤ alpha. A series whose
 * values are all tied has Var = 0: z = 0, p = 1.
 */
public final class MannKendall {
    private MannKendall() {
    }

    /**
     * @throws IllegalArgumentException with fewer than 3 values, a NaN or infinite value, or alpha
     *     outside (0, 1)
     */
    public static MannKendallResult test(double[] series, double alpha) {
        int n = series.length;
        if (n < 3) {
            throw new IllegalArgumentException("趋势检验至少需要 3 个时间步，实为 " + n);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("显著性水平应在 0 到 1 之间，实为 " + alpha);
        }
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(series[i])) {
                throw new IllegalArgumentException("趋势检验：第 " + i + " 个时间步的数值无效：" + series[i]);
            }
        }
        long s = 0;
        for (int i = 0; i < n - 1; i++) {
            for (int j = i + 1; j < n; j++) {
                s += series[j] > series[i] ? 1 : series[j] == series[i] ? 0 : -1;
            }
        }
        double variance = (n * (n - 1.0) * (2 * n + 5) - tieTerm(series)) / 18;
        double z = variance <= 0 || s == 0 ? 0 : (s > 0 ? s - 1 : s + 1) / Math.sqrt(variance);
        double p = NormalDistribution.twoSidedP(z);
        Trend trend = p <= alpha && s != 0 ? (s > 0 ? Trend.UP : Trend.DOWN) : Trend.NONE;
        return new MannKendallResult(s, variance, z, p, trend);
    }

    private static double tieTerm(double[] series) {
        double[] sorted = series.clone();
        Arrays.sort(sorted);
        double sum = 0;
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i] != sorted[start]) {
                double t = i - start;
                sum += t * (t - 1) * (2 * t + 5);
                start = i;
            }
        }
        return sum;
    }
}
