package cn.luodian.geo.hotspot;

import java.util.ArrayList;
import java.util.List;

/**
 * Local Moran's I (Anselin 1995), as spdep's {@code localmoran} computes it by default
 * ({@code mlvar = TRUE}, {@code adjust.x = FALSE}, {@code conditional = TRUE}):
 *
 * <pre>
 *   zᵢ = xᵢ − x̄,   m₂ = Σ zⱼ² / n,   Iᵢ = (zᵢ / m₂) Σⱼ wᵢⱼ zⱼ
 *   Wᵢ = Σⱼ wᵢⱼ,   Wᵢ⁽²⁾ = Σⱼ wᵢⱼ²
 *   conditional: E[Iᵢ] = −zᵢ² Wᵢ / ((n−1) m₂)
 *                Var[Iᵢ] = (zᵢ/m₂)² · n/(n−2) · (Wᵢ⁽²⁾ − Wᵢ²/(n−1)) · (m₂ − zᵢ²/(n−1))
 *   total:       E[Iᵢ] = −Wᵢ/(n−1),  b₂ = (Σ zⱼ⁴/n) / m₂²
 *                Var[Iᵢ] = (n−b₂)/(n−1) · Wᵢ⁽²⁾ + (2b₂−n)/((n−1)(n−2)) · (Wᵢ² − Wᵢ⁽²⁾) − E[Iᵢ]²
 *   zscore = (Iᵢ − E[Iᵢ]) / √Var[Iᵢ],  p two-sided normal
 * </pre>
 *
 * <p><b>Permutations</b> (conditional, as GeoDa and PySAL): for each unit, xᵢ stays and its
 * neighbour slots are filled with values drawn without replacement from the other n − 1 units,
 * {@code permutations} times. With M the number of permuted Iᵢ ≥ the observed one, folded to the
 * smaller tail (M ← R − M when R − M &lt; M), the pseudo p-value is (M + 1)/(R + 1). Each unit draws
 * from its own {@link SplitMix64} stream seeded by (seed, unit index), so a result depends only
 * on the inputs and the seed.
 *
 * <p><b>Quadrant</b>: a unit is significant when its pseudo p-value (the analytic p-value when
 * {@code permutations = 0}) is ≤ alpha; its quadrant is then HH/LH/LL/HL by the signs of zᵢ and
 * of its lag Σⱼ wᵢⱼ zⱼ (a value of 0 counts as low, as spdep's {@code cut}).
 *
 * <p><b>No neighbours</b>: spdep's {@code zero.policy = TRUE} answers: lag 0, so Iᵢ = 0,
 * E = 0, Var = 0 and z, p NaN; quadrant {@link MoranQuadrant#NO_NEIGHBOURS}. Weights must not
 * include self (spdep stops with "Self included among neighbours").
 */
public final class LocalMoran {
    public static final int MAX_PERMUTATIONS = 99_999;

    private LocalMoran() {
    }

    /** With spdep's default moments (conditional) and significance at 0.05. */
    public static LocalMoranResult compute(double[] values, SpatialWeights weights, int permutations, long seed) {
        return compute(values, weights, permutations, seed, 0.05, MoranVariance.CONDITIONAL);
    }

    /**
     * @throws IllegalArgumentException when weights include self, permutations is negative or
     *     above {@link #MAX_PERMUTATIONS}, alpha is not in (0, 1), or the values are unusable
     *     (see {@link GetisOrdGiStar#compute(double[], SpatialWeights, boolean)})
     */
    public static LocalMoranResult compute(double[] values, SpatialWeights weights, int permutations, long seed,
            double alpha, MoranVariance variance) {
        if (weights.selfIncluded()) {
            throw new IllegalArgumentException("局部莫兰指数要求单元不以自己为邻居");
        }
        if (permutations < 0 || permutations > MAX_PERMUTATIONS) {
            throw new IllegalArgumentException("置换次数应在 0 到 " + MAX_PERMUTATIONS + " 之间，实为 " + permutations);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("显著性水平应在 0 到 1 之间，实为 " + alpha);
        }
        int n = GetisOrdGiStar.checkValues(values, weights.size());
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= n;
        double[] z = new double[n];
        double m2 = 0;
        double m4 = 0;
        for (int i = 0; i < n; i++) {
            z[i] = values[i] - mean;
            m2 += z[i] * z[i];
            m4 += z[i] * z[i] * z[i] * z[i];
        }
        m2 /= n;
        double b2 = (m4 / n) / (m2 * m2);
        int[] offsets = weights.offsetArray();
        int[] neighbours = weights.neighbourArray();
        double[] rowWeight = weights.rowWeightArray();
        ConditionalPermutations shuffles = new ConditionalPermutations(z, permutations, seed);
        List<LocalMoranUnit> units = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int count = offsets[i + 1] - offsets[i];
            double w = rowWeight[i];
            double lagSum = 0;
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                lagSum += z[neighbours[k]];
            }
            double lag = w * lagSum;
            double ii = z[i] / m2 * lag;
            double wSum = w * count;
            double wSquares = w * w * count;
            double expected;
            double var;
            if (variance == MoranVariance.CONDITIONAL) {
                expected = -(z[i] * z[i] * wSum) / ((n - 1) * m2);
                var = (z[i] / m2) * (z[i] / m2) * ((double) n / (n - 2)) * (wSquares - wSum * wSum / (n - 1))
                        * (m2 - z[i] * z[i] / (n - 1));
            } else {
                expected = -wSum / (n - 1);
                double a = (n - b2) / (n - 1);
                double b = (2 * b2 - n) / ((double) (n - 1) * (n - 2));
                var = a * wSquares + b * (wSum * wSum - wSquares) - expected * expected;
            }
            double zScore = (ii - expected) / Math.sqrt(var);
            double p = NormalDistribution.twoSidedP(zScore);
            double pseudoP = count == 0 || permutations == 0 ? Double.NaN : shuffles.pseudoP(i, count, w, m2, ii);
            double decisive = permutations == 0 ? p : pseudoP;
            MoranQuadrant quadrant = count == 0 ? MoranQuadrant.NO_NEIGHBOURS
                    : !(decisive <= alpha) ? MoranQuadrant.NOT_SIGNIFICANT
                    : quadrant(z[i] > 0, lag > 0);
            units.add(new LocalMoranUnit(weights.unitIds().get(i), values[i], ii, expected, var, zScore, p, pseudoP,
                    quadrant, count));
        }
        return new LocalMoranResult(units, permutations, seed, alpha, variance, weights.isolatedUnitIds());
    }

    private static MoranQuadrant quadrant(boolean highValue, boolean highLag) {
        if (highValue) {
            return highLag ? MoranQuadrant.HH : MoranQuadrant.HL;
        }
        return highLag ? MoranQuadrant.LH : MoranQuadrant.LL;
    }
}
