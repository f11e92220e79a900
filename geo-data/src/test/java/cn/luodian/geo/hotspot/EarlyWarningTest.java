package cn.luodian.geo.hotspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarlyWarningTest {
    private static final EarlyWarning.Options OPTIONS = new EarlyWarning.Options(4, 0.01, 3);

    @Test
    void warnsWhenTheLatestCountIsAnUnlikelyPoissonDraw() {
        List<EarlyWarningAlert> alerts = EarlyWarning.detect(List.of(
                // mean 1: P(X ≥ 6) = 1 − e⁻¹(1 + 1 + 1/2 + 1/6 + 1/24 + 1/120) = 0.000594
                new CountSeries("110112106213001", "市容环境", new long[] {1, 0, 2, 1, 6}),
                // mean 5: P(X ≥ 7) = 0.238, usual
                new CountSeries("110112106213001", "道路交通", new long[] {5, 6, 4, 5, 7}),
                // all-zero baseline: λ = 0.5/4 = 0.125; P(X ≥ 3) = 1 − e^−0.125 (1 + 0.125 + 0.0078125) = 0.000304
                new CountSeries("110112106213002", "市容环境", new long[] {0, 0, 0, 0, 3}),
                // below the minimum count
                new CountSeries("110112106213003", "市容环境", new long[] {0, 0, 0, 0, 2})), OPTIONS);
        assertThat(alerts).extracting(EarlyWarningAlert::unitId, EarlyWarningAlert::category)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("110112106213002", "市容环境"),
                        org.assertj.core.groups.Tuple.tuple("110112106213001", "市容环境"));
        EarlyWarningAlert zeros = alerts.get(0);
        assertThat(zeros.expectedRate()).isEqualTo(0.125);
        assertThat(zeros.pValue()).isCloseTo(1 - Math.exp(-0.125) * (1 + 0.125 + 0.0078125), within(1e-15));
        assertThat(zeros.baselineMean()).isZero();
        EarlyWarningAlert ones = alerts.get(1);
        assertThat(ones.pValue()).isCloseTo(1 - Math.exp(-1) * (1 + 1 + 0.5 + 1 / 6.0 + 1 / 24.0 + 1 / 120.0), within(1e-15));
        assertThat(ones.baselineSd()).isCloseTo(Math.sqrt(2.0 / 3), within(1e-15));
        assertThat(ones.ratio()).isEqualTo(6);
    }

    @Test
    void poissonTailsOnBothSidesOfTheRate() {
        assertThat(Poisson.upperTail(3, 1)).isCloseTo(1 - 2.5 / Math.E, within(1e-15));
        assertThat(Poisson.upperTail(0, 3)).isEqualTo(1);
        // k ≤ rate: 1 − P(X ≤ 1 | 2) = 1 − 3e⁻²
        assertThat(Poisson.upperTail(2, 2)).isCloseTo(1 - 3 * Math.exp(-2), within(1e-15));
        assertThat(Poisson.logFactorial(100)).isCloseTo(363.73937555556347, within(1e-10));
    }

    @Test
    void rejectsBadParametersAndSeries() {
        assertThatThrownBy(() -> EarlyWarning.detect(List.of(new CountSeries("u", "c", new long[] {1, 2})), OPTIONS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("有 2 个时间窗，应为 5 个");
        assertThatThrownBy(() -> new EarlyWarning.Options(0, 0.01, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EarlyWarning.Options(4, 1.5, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CountSeries("u", "c", new long[] {-1})).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void timeWindowsNumberTheBaselineAndTheLatestWindow() {
        Instant end = Instant.parse("2026-11-23T00:00:00Z");
        TimeWindows windows = TimeWindows.ending(end, Duration.ofHours(24), 7);
        assertThat(windows.baselineStart()).isEqualTo(Instant.parse("2026-11-15T00:00:00Z"));
        assertThat(windows.windowOf(Instant.parse("2026-11-22T08:00:00Z"))).isEqualTo(7);
        assertThat(windows.windowOf(Instant.parse("2026-11-15T00:00:00Z"))).isZero();
        assertThat(windows.windowOf(Instant.parse("2026-11-14T23:59:59Z"))).isEqualTo(-1);
        assertThat(windows.windowOf(end)).isEqualTo(-1);
        assertThatThrownBy(() -> new TimeWindows(end, end.minusSeconds(1), 4))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("不早于结束时间");
    }
}
