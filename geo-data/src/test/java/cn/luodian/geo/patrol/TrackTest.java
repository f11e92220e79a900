package cn.luodian.geo.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrackTest {
    private static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");

    @Test
    void pointsMustBeFiniteAndInRange() {
        assertThatThrownBy(() -> new TrackPoint(Double.NaN, 39.8, T0)).isInstanceOf(TrackException.class).hasMessageContaining("有限");
        assertThatThrownBy(() -> new TrackPoint(116.7, Double.POSITIVE_INFINITY, T0)).hasMessageContaining("有限");
        assertThatThrownBy(() -> new TrackPoint(180.5, 39.8, T0)).hasMessageContaining("经度");
        assertThatThrownBy(() -> new TrackPoint(116.7, -90.01, T0)).hasMessageContaining("纬度");
        assertThat(new TrackPoint(-180, 90, T0).lon()).isEqualTo(-180);
    }

    @Test
    void timesMayRepeatButNeverGoBack() {
        Track track = Track.of(List.of(new TrackPoint(116.7, 39.8, T0), new TrackPoint(116.7, 39.8, T0)));
        assertThat(track.size()).isEqualTo(2);
        assertThatThrownBy(() -> track.append(List.of(new TrackPoint(116.7, 39.8, T0.minusMillis(1)))))
                .isInstanceOf(TrackException.class).hasMessageContaining("第 3 个轨迹点").hasMessageContaining("早于");
        assertThat(track.size()).isEqualTo(2);
    }

    @Test
    void atMost20000PointsAndTheListIsNotShared() {
        List<TrackPoint> points = new ArrayList<>();
        for (int i = 0; i < Track.MAX_POINTS; i++) {
            points.add(new TrackPoint(116.7, 39.8, T0.plusSeconds(i)));
        }
        Track full = Track.of(points);
        points.clear();
        assertThat(full.size()).isEqualTo(20_000);
        assertThatThrownBy(() -> full.points().add(new TrackPoint(116.7, 39.8, T0))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> full.append(List.of(new TrackPoint(116.7, 39.8, T0.plusSeconds(30_000)))))
                .hasMessageContaining("最多 20000 个点");
    }
}
