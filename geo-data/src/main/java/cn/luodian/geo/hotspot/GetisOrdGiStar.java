package cn.luodian.geo.hotspot;

/**
 * Getis-Ord Gi* (Getis and Ord 1992; Ord and Getis 1995), the statistic of ArcGIS's "Hot Spot
 * Analysis", in the z-score form that spdep's {@code localG} returns when the weights include
 * each unit itself ({@code include.self}):
 *
 * <pre>
 *   x̄ = Σⱼ xⱼ / n,   s² = Σⱼ (xⱼ − x̄)² / n
 *   Wᵢ = Σⱼ wᵢⱼ,     S1ᵢ = Σⱼ wᵢⱼ²          (j over i's neighbours, i itself included)
 *   zᵢ = (Σⱼ wᵢⱼ xⱼ − Wᵢ x̄) / √( s² (n S1ᵢ − Wᵢ²) / (n − 1) )
 * </pre>
 *
 * <p>The p-value is two-sided from the standard normal. A unit whose neighbourhood is every unit
 * has zero variance: its z is NaN as in spdep (p NaN, bin 0). A unit with no neighbour but itself
 * still gets the formula's value, (xᵢ − x̄)/s, as in spdep; it is listed in
 * {@link GiStarResult#isolatedUnitIds()} so a caller can report it.
 */
public final class GetisOrdGiStar {
    private GetisOrdGiStar() {
    }

    /** Gi* of the units' own values. */
    public static GiStarResult compute(AnalysisUnits units, SpatialWeights weights, boolean fdr) {
        return compute(units.values(), weights, fdr);
    }

    /**
     * Gi* of {@code values[i]} for unit i of {@code weights}.
     *
     * @param fdr whether the confidence bins use the Benjamini–Hochberg correction
     * @throws NoVariationException when all values are equal
     * @throws IllegalArgumentException when the weights do not include self, the lengths differ,
     *     there are fewer than 3 units, or a value is NaN or infinite
     */
    public static GiStarResult compute(double[] values, SpatialWeights weights, boolean fdr) {
        if (!weights.selfIncluded()) {
            throw new IllegalArgumentException("Gi* 统计要求每个单元也是自己的邻居");
        }
        int n = checkValues(values, weights.size());
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= n;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double variance = squares / n;
        int[] offsets = weights.offsetArray();
        int[] neighbours = weights.neighbourArray();
        double[] rowWeight = weights.rowWeightArray();
        double[] z = new double[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            double lag = 0;
            for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                lag += values[neighbours[k]];
            }
            int count = offsets[i + 1] - offsets[i];
            double w = rowWeight[i];
            double wSum = w * count;
            double wSquares = w * w * count;
            double expected = wSum * mean;
            double var = variance * (n * wSquares - wSum * wSum) / (n - 1);
            // A neighbourhood of every unit has zero variance; spdep's 0/0 may round to ±Inf, call it NaN.
            z[i] = var > 0 ? (w * lag - expected) / Math.sqrt(var) : Double.NaN;
            p[i] = NormalDistribution.twoSidedP(z[i]);
        }
        return new GiStarResult(weights.unitIds(), values.clone(), z, p, ConfidenceBins.of(z, p, fdr), weights);
    }

    /** Checks the values shared by the local statistics; returns n. Throws {@link NoVariationException} when all are equal. */
    static int checkValues(double[] values, int units) {
        if (values.length != units) {
            throw new IllegalArgumentException(values.length + " 个数值，但有 " + units + " 个分析单元");
        }
        if (units < 3) {
            throw new IllegalArgumentException("至少需要 3 个分析单元，实为 " + units);
        }
        boolean allEqual = true;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("分析单元 " + i + " 的数值无效：" + values[i]);
            }
            allEqual &= values[i] == values[0];
        }
        if (allEqual) {
            throw new NoVariationException(units, values[0]);
        }
        return units;
    }
}
