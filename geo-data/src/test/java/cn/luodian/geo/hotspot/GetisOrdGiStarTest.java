package cn.luodian.geo.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class GetisOrdGiStarTest {
    /**
     * <pre>
     *   a(1) ——100—— b(2) ——100—— c(6)
     * </pre>
     * n = 3, mean 3, s² = (4 + 1 + 9)/3 = 14/3. With a 100 m band and self included:
     * a: {a, b}, Σx = 3, W = 2, S1 = 2 → z = (3 − 6)/√(14/3 · (6 − 4)/2) = −3/√(14/3);
     * b: {a, b, c} is every unit → variance 0 → NaN; c: {b, c}, Σx = 8 → z = 2/√(14/3).
     */
    private static final AnalysisUnits LINE = AnalysisUnits.of(List.of("a", "b", "c"),
            new double[] {0, 100, 200}, new double[] {0, 0, 0}, new double[] {1, 2, 6});

    @Test
    void tinyLineByHand() {
        for (WeightStyle style : WeightStyle.values()) {
            GiStarResult r = GetisOrdGiStar.compute(LINE, SpatialWeights.distanceBand(LINE, 100, true, style), false);
            assertThat(r.unit(0).zScore()).as(style.name()).isCloseTo(-3 / Math.sqrt(14.0 / 3), within(1e-12));
            assertThat(r.unit(1).zScore()).as(style.name()).isNaN();
            assertThat(r.unit(2).zScore()).as(style.name()).isCloseTo(2 / Math.sqrt(14.0 / 3), within(1e-12));
            assertThat(r.unit(1).pValue()).isNaN();
            assertThat(r.unit(1).bin()).isZero();
            assertThat(r.unit(0).neighbourCount()).isEqualTo(2);
            assertThat(r.unit(0).value()).isEqualTo(1);
        }
    }

    @Test
    void pValueAndBinFollowTheZScore() {
        // z = −1.3887: p = 0.1649, not significant. A hot unit among seven: z = (3·10 − 3·m)/… is tested on the lattice.
        GiStarResult r = GetisOrdGiStar.compute(LINE, SpatialWeights.distanceBand(LINE, 100, true, WeightStyle.BINARY), false);
        assertThat(r.unit(0).pValue()).isCloseTo(0.16491, within(1e-5));
        assertThat(r.unit(0).bin()).isZero();
        assertThat(r.thresholds()).isEqualTo(new ConfidenceBins.Thresholds(0.10, 0.05, 0.01, false));
    }

    @Test
    void aClusterOfHighValuesIsAHotSpot() {
        AnalysisUnits units = HotspotUnitsForTest.jitteredLattice(15, 100, false, 0, 3);
        GiStarResult r = GetisOrdGiStar.compute(units, SpatialWeights.distanceBand(units, 150, true, WeightStyle.BINARY), true);
        // The bump is centred at column 4.5, row 10.5 of 15: unit (row 10, col 4) = index 154.
        assertThat(r.unit(154).bin()).isEqualTo(3);
        assertThat(r.unit(14).bin()).isLessThanOrEqualTo(0); // far corner
        assertThat(r.thresholds().fdr()).isTrue();
        assertThat(r.isolatedUnitIds()).isEmpty();
    }

    @Test
    void rejectsWhatHasNoAnswer() {
        SpatialWeights self = SpatialWeights.distanceBand(LINE, 100, true, WeightStyle.BINARY);
        SpatialWeights plain = SpatialWeights.distanceBand(LINE, 100, false, WeightStyle.BINARY);
        assertThatThrownBy(() -> GetisOrdGiStar.compute(LINE, plain, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("也是自己的邻居");
        assertThatThrownBy(() -> GetisOrdGiStar.compute(new double[] {1, 2}, self, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 个数值，但有 3 个分析单元");
        assertThatThrownBy(() -> GetisOrdGiStar.compute(new double[] {1, Double.NaN, 2}, self, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("分析单元 1 的数值无效：NaN");
    }

    @Test
    void equalValuesAreATypedRefusalThatCarriesTheValue() {
        SpatialWeights self = SpatialWeights.distanceBand(LINE, 100, true, WeightStyle.BINARY);
        assertThatThrownBy(() -> GetisOrdGiStar.compute(new double[] {4, 4, 4}, self, false))
                .isInstanceOfSatisfying(NoVariationException.class, e -> {
                    assertThat(e.unitCount()).isEqualTo(3);
                    assertThat(e.value()).isEqualTo(4);
                })
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("全部 3 个数值都相等");
        // Local Moran's I checks its values the same way.
        SpatialWeights plain = SpatialWeights.distanceBand(LINE, 100, false, WeightStyle.BINARY);
        assertThatThrownBy(() -> LocalMoran.compute(new double[] {0, 0, 0}, plain, 0, 1))
                .isInstanceOf(NoVariationException.class);
    }

    @Test
    void normalTailsMatchKnownValues() {
        assertThat(NormalDistribution.twoSidedP(1.959963984540054)).isCloseTo(0.05, within(1e-15));
        assertThat(NormalDistribution.twoSidedP(2.5758293035489)).isCloseTo(0.01, within(1e-14));
        assertThat(NormalDistribution.twoSidedP(0)).isEqualTo(1);
        assertThat(NormalDistribution.upperTail(-1.6448536269514722)).isCloseTo(0.95, within(1e-15));
        // R: 2 * pnorm(-8) = 1.2441921148543e-15
        assertThat(NormalDistribution.twoSidedP(8) / 1.2441921148543e-15).isCloseTo(1, within(1e-12));
    }
}
