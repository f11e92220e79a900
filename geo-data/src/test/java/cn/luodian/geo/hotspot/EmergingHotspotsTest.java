package cn.luodian.geo.hotspot;

import static cn.luodian.geo.hotspot.EmergingPattern.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class EmergingHotspotsTest {
    /** Ten steps, oldest first, at level 2 (95 %): a bin of ±1 is not significant. */
    static Stream<Arguments> patterns() {
        return Stream.of(
                Arguments.of(new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 2}, Trend.UP, NEW_HOT_SPOT),
                Arguments.of(new int[] {0, 0, 1, 0, 0, 0, 0, 2, 3, 2}, Trend.UP, CONSECUTIVE_HOT_SPOT),
                Arguments.of(new int[] {0, 2, 2, 2, 2, 2, 2, 3, 3, 3}, Trend.UP, INTENSIFYING_HOT_SPOT),
                Arguments.of(new int[] {0, 2, 2, 2, 2, 2, 2, 3, 3, 3}, Trend.NONE, PERSISTENT_HOT_SPOT),
                Arguments.of(new int[] {3, 3, 3, 2, 2, 2, 2, 2, 2, 2}, Trend.DOWN, DIMINISHING_HOT_SPOT),
                Arguments.of(new int[] {0, 2, 0, 0, 2, 0, 1, 0, 0, 3}, Trend.NONE, SPORADIC_HOT_SPOT),
                Arguments.of(new int[] {0, -2, 0, 0, 0, 0, 0, 0, 2, 2}, Trend.UP, OSCILLATING_HOT_SPOT),
                Arguments.of(new int[] {2, 2, 2, 2, 2, 2, 2, 2, 2, 0}, Trend.NONE, HISTORICAL_HOT_SPOT),
                Arguments.of(new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, -3}, Trend.DOWN, NEW_COLD_SPOT),
                Arguments.of(new int[] {0, 0, 0, 0, 0, 0, 0, -2, -2, -2}, Trend.DOWN, CONSECUTIVE_COLD_SPOT),
                Arguments.of(new int[] {-2, -2, -2, -2, -2, -2, -2, -3, -3, -3}, Trend.DOWN, INTENSIFYING_COLD_SPOT),
                Arguments.of(new int[] {-2, -2, -2, -2, -2, -2, -2, -3, -3, -3}, Trend.NONE, PERSISTENT_COLD_SPOT),
                Arguments.of(new int[] {-3, -3, -2, -2, -2, -2, -2, -2, -2, -2}, Trend.UP, DIMINISHING_COLD_SPOT),
                Arguments.of(new int[] {-2, 0, 0, -2, 0, 0, 0, 0, -2, -2}, Trend.NONE, SPORADIC_COLD_SPOT),
                Arguments.of(new int[] {0, 0, 3, 0, 0, 0, 0, 0, 0, -2}, Trend.NONE, OSCILLATING_COLD_SPOT),
                Arguments.of(new int[] {-2, -2, -2, -2, -2, -2, -2, -2, -2, 0}, Trend.NONE, HISTORICAL_COLD_SPOT),
                Arguments.of(new int[] {0, 2, 0, 0, 0, -2, 0, 0, 0, 0}, Trend.NONE, NO_PATTERN),
                Arguments.of(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, Trend.UP, NO_PATTERN),
                // Only 8 of 10 hot: not "mostly", and hot earlier with a gap: sporadic, not persistent.
                Arguments.of(new int[] {2, 2, 2, 2, 0, 0, 2, 2, 2, 2}, Trend.NONE, SPORADIC_HOT_SPOT),
                // 9 of 10 hot with the miss inside: persistent (the last step is hot).
                Arguments.of(new int[] {2, 2, 2, 0, 2, 2, 2, 2, 2, 2}, Trend.NONE, PERSISTENT_HOT_SPOT));
    }

    @ParameterizedTest(name = "{2}: {0} trend {1}")
    @MethodSource("patterns")
    void classifiesByTheWrittenRules(int[] bins, Trend trend, EmergingPattern expected) {
        assertThat(EmergingHotspots.classify(bins, trend, 2)).isEqualTo(expected);
    }

    /** 6 × 6 units 100 m apart, band 150 m (up to 8 neighbours); ten steps of small counts 0–2. */
    private static double[][] background(int units, int steps) {
        double[][] values = new double[steps][units];
        for (int t = 0; t < steps; t++) {
            for (int i = 0; i < units; i++) {
                values[t][i] = (i * 7 + t * 3) % 3;
            }
        }
        return values;
    }

    private static SpatialWeights lattice() {
        List<String> ids = new ArrayList<>();
        double[] x = new double[36];
        double[] y = new double[36];
        for (int i = 0; i < 36; i++) {
            ids.add("c" + i);
            x[i] = (i % 6) * 100;
            y[i] = (i / 6) * 100;
        }
        return SpatialWeights.distanceBand(AnalysisUnits.of(ids, x, y, new double[36]), 150, false, WeightStyle.BINARY);
    }

    private static final int[] BLOCK = {0, 1, 2, 6, 7, 8, 12, 13, 14}; // the 3 × 3 block around unit 7

    @Test
    void aBlockThatFlaresUpInTheLastStepIsNew() {
        double[][] values = background(36, 10);
        for (int i : BLOCK) {
            values[9][i] = 12;
        }
        EmergingResult r = EmergingHotspots.analyse(lattice(), values, EmergingHotspots.Options.DEFAULTS);
        assertThat(r.unit(7).pattern()).isEqualTo(NEW_HOT_SPOT);
        assertThat(r.confidenceBin(7, 9)).isGreaterThanOrEqualTo(2);
        assertThat(r.unit(7).hotSteps()).isEqualTo(1);
        assertThat(r.unit(35).pattern()).isIn(NO_PATTERN, NEW_COLD_SPOT, SPORADIC_COLD_SPOT, CONSECUTIVE_COLD_SPOT);
        assertThat(r.thresholds().fdr()).isTrue();
    }

    @Test
    void aBlockThatGrowsEveryStepIsIntensifying() {
        double[][] values = background(36, 10);
        for (int t = 0; t < 10; t++) {
            for (int i : BLOCK) {
                values[t][i] = 20 + t;
            }
        }
        EmergingResult r = EmergingHotspots.analyse(lattice(), values, EmergingHotspots.Options.DEFAULTS);
        assertThat(r.unit(7).pattern()).isEqualTo(INTENSIFYING_HOT_SPOT);
        assertThat(r.unit(7).trend().trend()).isEqualTo(Trend.UP);
        assertThat(r.unit(7).hotSteps()).isEqualTo(10);
    }

    @Test
    void spaceTimeNeighboursAreTheSpatialOnesInThisAndThePreviousSteps() {
        SpatialWeights w = lattice();
        SpatialWeights st = EmergingHotspots.spaceTimeWeights(w, 3, 1);
        // Unit 0 has neighbours 1, 6, 7; at step 0: itself + 3; at step 2: 4 places × steps 1 and 2.
        assertThat(st.neighbours(0)).containsExactly(0, 1, 6, 7);
        assertThat(st.neighbours(2 * 36)).containsExactly(36, 37, 42, 43, 72, 73, 78, 79);
    }

    @Test
    void rejectsTooFewStepsAndBadOptions() {
        assertThatThrownBy(() -> EmergingHotspots.analyse(lattice(), background(36, 2), EmergingHotspots.Options.DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("至少需要 3 个时间步");
        assertThatThrownBy(() -> new EmergingHotspots.Options(-1, 0.05, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EmergingHotspots.Options(1, 0.2, true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.10、0.05 或 0.01");
    }
}
