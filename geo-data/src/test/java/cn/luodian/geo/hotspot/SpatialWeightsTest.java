package cn.luodian.geo.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpatialWeightsTest {
    /**
     * <pre>
     *   a ——100—— b ——100—— c ————150———— d      (x = 0, 100, 200, 350 m)
     * </pre>
     */
    private static final AnalysisUnits LINE = AnalysisUnits.of(List.of("a", "b", "c", "d"),
            new double[] {0, 100, 200, 350}, new double[] {0, 0, 0, 0}, new double[] {1, 2, 3, 4});

    @Test
    void distanceBandIncludesTheBandEdgeAndReportsUnitsWithoutNeighbours() {
        SpatialWeights w = SpatialWeights.distanceBand(LINE, 100, false, WeightStyle.BINARY);
        assertThat(w.neighbours(0)).containsExactly(1);
        assertThat(w.neighbours(1)).containsExactly(0, 2);
        assertThat(w.neighbours(2)).containsExactly(1);
        assertThat(w.neighbours(3)).isEmpty();
        assertThat(w.weight(1)).isEqualTo(1);
        assertThat(w.weight(3)).isZero();
        assertThat(w.isolatedUnitIds()).containsExactly("d");
        assertThat(w.linkCount()).isEqualTo(4);
        assertThatThrownBy(w::requireNoIsolates).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("4 个分析单元中有 1 个没有邻居").hasMessageContaining("[d]");
    }

    @Test
    void includeSelfInsertsTheUnitInOrderAndCountsItInTheRowStandardisedWeight() {
        SpatialWeights w = SpatialWeights.distanceBand(LINE, 100, true, WeightStyle.ROW_STANDARDISED);
        assertThat(w.neighbours(1)).containsExactly(0, 1, 2);
        assertThat(w.weight(1)).isEqualTo(1.0 / 3);
        assertThat(w.neighbours(3)).containsExactly(3);
        assertThat(w.weight(3)).isEqualTo(1.0);
        assertThat(w.isolatedUnitIds()).containsExactly("d");
        assertThat(w.selfIncluded()).isTrue();
    }

    @Test
    void kNearestIsAsymmetricAndBreaksTiesByLowerIndex() {
        SpatialWeights w = SpatialWeights.kNearest(LINE, 1, false, WeightStyle.BINARY);
        assertThat(w.neighbours(0)).containsExactly(1);
        assertThat(w.neighbours(1)).containsExactly(0); // a and c are both 100 m away
        assertThat(w.neighbours(2)).containsExactly(1);
        assertThat(w.neighbours(3)).containsExactly(2); // d → c, but c's nearest is b
        assertThat(w.isolatedUnits()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -5, Double.NaN, 50_001})
    void rejectsBandsOutsideZeroToFiftyKilometres(double band) {
        assertThatThrownBy(() -> SpatialWeights.distanceBand(LINE, band, true, WeightStyle.BINARY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("距离带应大于 0 且不超过 50000 米");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 4, 5})
    void rejectsKOutsideOneToNMinusOne(int k) {
        assertThatThrownBy(() -> SpatialWeights.kNearest(LINE, k, true, WeightStyle.BINARY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("小于分析单元数（4）");
    }

    @Test
    void givenNeighbourListsAreCheckedAndSorted() {
        SpatialWeights w = SpatialWeights.fromNeighbourLists(List.of("a", "b", "c"), new int[][] {{2, 1}, {}, {0}},
                true, WeightStyle.BINARY);
        assertThat(w.neighbours(0)).containsExactly(0, 1, 2);
        assertThat(w.neighbours(1)).containsExactly(1);
        assertThatThrownBy(() -> SpatialWeights.fromNeighbourLists(List.of("a", "b"), new int[][] {{0}, {}}, false,
                WeightStyle.BINARY)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("是自己");
    }

    @Test
    void bucketSearchesFindWhatBruteForceFinds() {
        Random random = new Random(7);
        int n = 1500;
        List<String> ids = new ArrayList<>();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            ids.add("p" + i);
            // Clustered and spread points, some coincident, over 5 km.
            x[i] = i % 10 == 0 ? 2000 : random.nextDouble() * (i % 3 == 0 ? 500 : 5000);
            y[i] = i % 10 == 0 ? 2000 : random.nextDouble() * (i % 3 == 0 ? 500 : 5000);
        }
        AnalysisUnits units = AnalysisUnits.of(ids, x, y, new double[n]);
        SpatialWeights band = SpatialWeights.distanceBand(units, 230, false, WeightStyle.BINARY);
        SpatialWeights knn = SpatialWeights.kNearest(units, 7, false, WeightStyle.BINARY);
        for (int i = 0; i < n; i++) {
            final int self = i;
            int[] within = IntStream.range(0, n)
                    .filter(j -> j != self && Math.hypot(x[j] - x[self], y[j] - y[self]) <= 230).toArray();
            assertThat(band.neighbours(i)).as("band of " + i).containsExactly(within);
            int[] nearest = IntStream.range(0, n).filter(j -> j != self).boxed()
                    .sorted(Comparator.<Integer>comparingDouble(j -> squared(x, y, self, j)).thenComparing(j -> j))
                    .limit(7).mapToInt(Integer::intValue).sorted().toArray();
            assertThat(knn.neighbours(i)).as("7 nearest of " + i).containsExactly(nearest);
        }
    }

    private static double squared(double[] x, double[] y, int i, int j) {
        double dx = x[j] - x[i];
        double dy = y[j] - y[i];
        return dx * dx + dy * dy;
    }

    @Test
    void unitsRejectNaNAndRepeatedIds() {
        assertThatThrownBy(() -> AnalysisUnits.of(List.of("a", "b"), new double[] {0, 1}, new double[] {0, 1},
                new double[] {1, Double.NaN})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("分析单元 b 的 value 为 NaN");
        assertThatThrownBy(() -> AnalysisUnits.of(List.of("a", "a"), new double[] {0, 1}, new double[] {0, 1},
                new double[] {1, 2})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("分析单元编号 a 重复出现");
        assertThat(Arrays.toString(LINE.values())).isEqualTo("[1.0, 2.0, 3.0, 4.0]");
    }
}
