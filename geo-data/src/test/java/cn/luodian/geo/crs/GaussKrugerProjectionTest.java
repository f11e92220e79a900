package cn.luodian.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;

class GaussKrugerProjectionTest {

    @Test
    void controlPointProjectsWithinOneMillimetre() {
        Coordinate metric = GaussKrugerProjection.forLongitude(117.2).toMetric(117.2, 39.1);
        assertThat(metric.x).isCloseTo(517300.874, within(0.001));
        assertThat(metric.y).isCloseTo(4329624.672, within(0.001));
    }

    @Test
    void inverseReturnsTheControlPoint() {
        Coordinate lonLat = GaussKrugerProjection.beijing().toGeographic(517300.874, 4329624.672);
        assertThat(lonLat.x).isCloseTo(117.2, within(1e-8));
        assertThat(lonLat.y).isCloseTo(39.1, within(1e-8));
    }

    @Test
    void manyPointsInPlaceGiveWhatOneAtATimeGives() {
        GaussKrugerProjection beijing = GaussKrugerProjection.beijing();
        double[] lonLat = {117.2, 39.1, 116.65, 39.90, 115.7, 40.6};
        double[] metric = lonLat.clone();
        beijing.toMetricInPlace(metric);
        for (int i = 0; i < lonLat.length; i += 2) {
            Coordinate single = beijing.toMetric(lonLat[i], lonLat[i + 1]);
            assertThat(metric[i]).isCloseTo(single.x, within(1e-6));
            assertThat(metric[i + 1]).isCloseTo(single.y, within(1e-6));
        }
        assertThat(metric[0]).isCloseTo(517300.874, within(0.001));
    }

    @ParameterizedTest
    @CsvSource({"116.6, 4548", "115.4, 4547", "115.6, 4548", "118.4, 4548", "118.6, 4549", "75.0, 4534", "135.0, 4554"})
    void zoneIsChosenByLongitude(double lon, int epsg) {
        assertThat(GaussKrugerProjection.forLongitude(lon).epsgCode()).isEqualTo(epsg);
    }

    @Test
    void longitudeOutsideChinaIsRejected() {
        assertThatThrownBy(() -> GaussKrugerProjection.forLongitude(10.0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("超出");
    }
}
