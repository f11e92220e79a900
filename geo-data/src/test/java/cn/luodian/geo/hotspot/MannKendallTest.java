package cn.luodian.geo.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MannKendallTest {
    @Test
    void strictlyIncreasingFiveValues() {
        // S = 10 (all 10 pairs rise); Var = 5·4·15/18 = 50/3; z = 9/√(50/3) = 2.2045; p = 0.0275.
        MannKendallResult r = MannKendall.test(new double[] {1, 2, 3, 4, 5}, 0.05);
        assertThat(r.s()).isEqualTo(10);
        assertThat(r.variance()).isCloseTo(50.0 / 3, within(1e-12));
        assertThat(r.zScore()).isCloseTo(9 / Math.sqrt(50.0 / 3), within(1e-12));
        assertThat(r.pValue()).isCloseTo(0.027486, within(1e-6));
        assertThat(r.trend()).isEqualTo(Trend.UP);
        assertThat(MannKendall.test(new double[] {1, 2, 3, 4, 5}, 0.01).trend()).isEqualTo(Trend.NONE);
    }

    @Test
    void tiesReduceTheVariance() {
        // Gilbert (1987) style: 1 2 2 3 → pairs +,+,+,0,+,+ → S = 5; one tie group of 2:
        // Var = (4·3·13 − 2·1·9)/18 = 138/18; z = 4/√(138/18) = 1.4446.
        MannKendallResult r = MannKendall.test(new double[] {1, 2, 2, 3}, 0.05);
        assertThat(r.s()).isEqualTo(5);
        assertThat(r.variance()).isCloseTo(138.0 / 18, within(1e-12));
        assertThat(r.zScore()).isCloseTo(4 / Math.sqrt(138.0 / 18), within(1e-12));
        assertThat(r.trend()).isEqualTo(Trend.NONE);
    }

    @Test
    void decreasingWithTiesAndAConstantSeries() {
        // 5 5 4 3 3 1: S = −13 (15 pairs, 2 tied); ties: two groups of 2 → Var = (6·5·17 − 2·18)/18 = 474/18.
        MannKendallResult r = MannKendall.test(new double[] {5, 5, 4, 3, 3, 1}, 0.05);
        assertThat(r.s()).isEqualTo(-13);
        assertThat(r.variance()).isCloseTo(474.0 / 18, within(1e-12));
        assertThat(r.zScore()).isCloseTo(-12 / Math.sqrt(474.0 / 18), within(1e-12));
        assertThat(r.trend()).isEqualTo(Trend.DOWN);
        MannKendallResult flat = MannKendall.test(new double[] {2, 2, 2}, 0.05);
        assertThat(flat.zScore()).isZero();
        assertThat(flat.pValue()).isEqualTo(1);
        assertThat(flat.trend()).isEqualTo(Trend.NONE);
    }

    @Test
    void rejectsShortSeriesAndNaN() {
        assertThatThrownBy(() -> MannKendall.test(new double[] {1, 2}, 0.05))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("至少需要 3 个时间步");
        assertThatThrownBy(() -> MannKendall.test(new double[] {1, Double.NaN, 2}, 0.05))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("第 1 个时间步的数值无效：NaN");
    }
}
