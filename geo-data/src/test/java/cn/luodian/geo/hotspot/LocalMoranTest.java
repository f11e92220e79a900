package cn.luodian.geo.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocalMoranTest {
    /**
     * <pre>
     *   a(1) —— b(2) —— c(3) —— d(10)     100 m apart; band 100 m, binary, no self
     * </pre>
     * mean 4, z = (−3, −2, −1, 6), m₂ = (9 + 4 + 1 + 36)/4 = 12.5.
     * I_a = (−3/12.5)·(−2) = 0.48, I_b = (−2/12.5)·(−3 − 1) = 0.64, I_c = (−1/12.5)·(−2 + 6) = −0.32,
     * I_d = (6/12.5)·(−1) = −0.48. Conditional moments of a (W = W⁽²⁾ = 1, n = 4):
     * E = −9·1/(3·12.5) = −0.24; Var = 0.24² · 4/2 · (1 − 1/3) · (12.5 − 9/3) = 0.7296.
     */
    private static final AnalysisUnits LINE = AnalysisUnits.of(List.of("a", "b", "c", "d"),
            new double[] {0, 100, 200, 300}, new double[] {0, 0, 0, 0}, new double[] {1, 2, 3, 10});

    private static SpatialWeights lineWeights() {
        return SpatialWeights.distanceBand(LINE, 100, false, WeightStyle.BINARY);
    }

    @Test
    void tinyLineByHand() {
        LocalMoranResult r = LocalMoran.compute(LINE.values(), lineWeights(), 0, 1);
        assertThat(r.units()).extracting(LocalMoranUnit::ii).containsExactly(0.48, 0.64, -0.32, -0.48);
        assertThat(r.unit(0).expectedIi()).isCloseTo(-0.24, within(1e-12));
        assertThat(r.unit(0).varianceIi()).isCloseTo(0.7296, within(1e-12));
        assertThat(r.unit(0).zScore()).isCloseTo((0.48 + 0.24) / Math.sqrt(0.7296), within(1e-12));
        assertThat(r.unit(0).pseudoPValue()).isNaN();
    }

    @Test
    void permutationsDrawUniformlyFromTheOtherUnits() {
        // a's one neighbour slot takes z = −2, −1 or 6 with probability 1/3 each: I = 0.48, 0.24, −1.44.
        // P(I ≥ 0.48) = 1/3, the smaller tail, so the pseudo p-value tends to 1/3.
        LocalMoranResult r = LocalMoran.compute(LINE.values(), lineWeights(), 30_000, 42);
        assertThat(r.unit(0).pseudoPValue()).isCloseTo(1.0 / 3, within(0.01));
    }

    @Test
    void theSameSeedGivesTheSameResult() {
        AnalysisUnits units = HotspotUnitsForTest.jitteredLattice(12, 100, true, 0, 5);
        SpatialWeights w = SpatialWeights.kNearest(units, 6, false, WeightStyle.ROW_STANDARDISED);
        LocalMoranResult one = LocalMoran.compute(units.values(), w, 199, 2024);
        LocalMoranResult two = LocalMoran.compute(units.values(), w, 199, 2024);
        LocalMoranResult other = LocalMoran.compute(units.values(), w, 199, 2025);
        assertThat(one).isEqualTo(two);
        assertThat(one.units()).extracting(LocalMoranUnit::pseudoPValue)
                .isNotEqualTo(other.units().stream().map(LocalMoranUnit::pseudoPValue).toList());
        assertThat(one.units()).allSatisfy(u -> assertThat(u.pseudoPValue()).isBetween(1 / 200.0, 0.5 + 1 / 200.0));
    }

    @Test
    void quadrantsOfAHighClusterAndAnOutlier() {
        AnalysisUnits units = HotspotUnitsForTest.jitteredLattice(15, 100, false, 1, 3);
        double[] values = units.values();
        SpatialWeights w = SpatialWeights.distanceBand(units, 150, false, WeightStyle.ROW_STANDARDISED);
        values[14] = 20; // a high value among low ones in the far corner (row 0, column 14)
        for (int j : w.neighbours(14)) {
            values[j] = -4;
        }
        LocalMoranResult r = LocalMoran.compute(values, w, 999, 7);
        assertThat(r.unit(154).quadrant()).isEqualTo(MoranQuadrant.HH); // centre of the bump
        assertThat(r.unit(14).quadrant()).isEqualTo(MoranQuadrant.HL);
        LocalMoranUnit far = r.unit(225);
        assertThat(far.quadrant()).isEqualTo(MoranQuadrant.NO_NEIGHBOURS);
        assertThat(far.ii()).isZero();
        assertThat(far.zScore()).isNaN();
        assertThat(r.isolatedUnitIds()).containsExactly("far0");
    }

    @Test
    void rejectsSelfWeightsAndBadParameters() {
        SpatialWeights self = SpatialWeights.distanceBand(LINE, 100, true, WeightStyle.BINARY);
        assertThatThrownBy(() -> LocalMoran.compute(LINE.values(), self, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("不以自己为邻居");
        assertThatThrownBy(() -> LocalMoran.compute(LINE.values(), lineWeights(), -1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("置换次数应在 0 到 99999 之间，实为 -1");
        assertThatThrownBy(() -> LocalMoran.compute(LINE.values(), lineWeights(), 9, 1, 1.5, MoranVariance.TOTAL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("显著性水平");
    }
}
