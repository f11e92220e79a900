package cn.luodian.geo.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KernelDensityTest {
    private static final double PEAK = 3 / (Math.PI * 100 * 100); // 3/(π r²) at r = 100 m

    @Test
    void onePointByHand() {
        KernelDensity kde = KernelDensity.quartic(new double[] {0}, new double[] {0}, null, 100);
        assertThat(kde.densityAt(0, 0)).isCloseTo(PEAK, within(1e-18));
        // d/r = 0.5 → (1 − 0.25)² = 0.5625
        assertThat(kde.densityAt(50, 0)).isCloseTo(PEAK * 0.5625, within(1e-18));
        assertThat(kde.densityAt(0, -100)).isZero();
        // A 3 × 1 grid of 50 m cells whose centres are at x = −50, 0, 50.
        DensityGrid grid = kde.density(new DensityGridSpec(-75, -25, 50, 3, 1));
        assertThat(grid.values()).containsExactly(PEAK * 0.5625, PEAK, PEAK * 0.5625);
        assertThat(grid.max()).isEqualTo(PEAK);
    }

    @Test
    void weightsScaleAndTheKernelIntegratesToTheWeight() {
        KernelDensity kde = KernelDensity.quartic(new double[] {0, 1000}, new double[] {0, 0}, new double[] {2.5, 0}, 100);
        DensityGrid grid = kde.density(new DensityGridSpec(-100, -100, 1, 200, 200));
        double total = 0;
        for (double v : grid.values()) {
            total += v; // × 1 m² per cell
        }
        assertThat(total).isCloseTo(2.5, within(1e-3));
        assertThat(grid.at(100, 100)).isCloseTo(2.5 * PEAK * Math.pow(1 - 0.5 / 10_000, 2), within(1e-15));
    }

    @Test
    void gridAgreesWithBruteForce() {
        Random random = new Random(11);
        int n = 3000;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = 500_000 + random.nextGaussian() * 800;
            y[i] = 4_400_000 + random.nextDouble() * 4000;
            w[i] = random.nextInt(3);
        }
        KernelDensity kde = KernelDensity.quartic(x, y, w, 250);
        DensityGridSpec spec = new DensityGridSpec(498_700, 4_399_900, 73, 40, 60);
        DensityGrid grid = kde.density(spec);
        for (int row = 0; row < spec.rows(); row += 7) {
            for (int col = 0; col < spec.columns(); col += 3) {
                double cx = spec.centreX(col);
                double cy = spec.centreY(row);
                double expected = 0;
                for (int i = 0; i < n; i++) {
                    double d2 = (x[i] - cx) * (x[i] - cx) + (y[i] - cy) * (y[i] - cy);
                    if (d2 < 250 * 250) {
                        expected += w[i] * Math.pow(1 - d2 / (250 * 250), 2);
                    }
                }
                expected *= 3 / (Math.PI * 250 * 250);
                assertThat(grid.at(col, row)).as(col + "," + row).isCloseTo(expected, within(1e-15));
                assertThat(kde.densityAt(cx, cy)).isCloseTo(expected, within(1e-15));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -1, 50_000.5, Double.NaN})
    void rejectsBandwidthsOutsideZeroToFiftyKilometres(double bandwidth) {
        assertThatThrownBy(() -> KernelDensity.quartic(new double[] {0}, new double[] {0}, null, bandwidth))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("带宽应大于 0 且不超过 50000 米");
    }

    @Test
    void rejectsBadPointsAndGrids() {
        assertThatThrownBy(() -> KernelDensity.quartic(new double[] {0}, new double[] {0}, new double[] {-1}, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("第 0 个点的权重为 -1.0");
        assertThatThrownBy(() -> KernelDensity.quartic(new double[] {Double.NaN}, new double[] {0}, null, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("第 0 个点");
        assertThatThrownBy(() -> new DensityGridSpec(0, 0, 0, 10, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("单元大小");
        assertThatThrownBy(() -> new DensityGridSpec(0, 0, 1, 10_000, 10_000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("个单元");
    }
}
