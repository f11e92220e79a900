package cn.luodian.geo.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfidenceBinsTest {
    /**
     * Ten p-values, sorted. Benjamini–Hochberg cut-offs k·α/m with m = 10:
     * α = 0.10: the largest k with p₍ₖ₎ ≤ k/100 is k = 6 (0.06 ≤ 0.06) → cut 0.06;
     * α = 0.05: k/200 → only 0.001 ≤ 0.005 and 0.008 ≤ 0.010 → cut 0.008;
     * α = 0.01: k/1000 → only 0.001 ≤ 0.001 → cut 0.001.
     */
    private static final double[] P = {0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216};
    private static final double[] Z = {3.3, -2.65, 2.06, -2.04, 2.03, 1.88, -1.79, 1.27, 1.25, -1.24};

    @Test
    void withoutFdrTheLevelsAreTheNominalOnes() {
        ConfidenceBins bins = ConfidenceBins.of(Z, P, false);
        assertThat(bins.bins()).containsExactly(3, -3, 2, -2, 2, 1, -1, 0, 0, 0);
    }

    @Test
    void benjaminiHochbergLowersEachLevelsCutOff() {
        ConfidenceBins bins = ConfidenceBins.of(Z, P, true);
        assertThat(bins.bins()).containsExactly(3, -2, 1, -1, 1, 1, 0, 0, 0, 0);
        assertThat(bins.thresholds()).isEqualTo(new ConfidenceBins.Thresholds(0.06, 0.008, 0.001, true));
    }

    @Test
    void nothingSignificantGivesTheNoneCutOffAndNaNIsIgnored() {
        ConfidenceBins bins = ConfidenceBins.of(new double[] {1, -1, 2}, new double[] {0.5, 0.9, Double.NaN}, true);
        assertThat(bins.bins()).containsExactly(0, 0, 0);
        assertThat(bins.thresholds().p90()).isEqualTo(ConfidenceBins.NONE);
    }
}
