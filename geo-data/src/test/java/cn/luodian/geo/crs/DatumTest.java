package cn.luodian.geo.crs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Coordinate;

class DatumTest {
    private static final GaussKrugerProjection METRIC = GaussKrugerProjection.beijing();

    /** A 0.05° grid over Beijing municipality (115.4–117.5E, 39.4–41.1N): 1,849 points. */
    private static Stream<Coordinate> beijingGrid() {
        Stream.Builder<Coordinate> points = Stream.builder();
        for (double lon = 115.4; lon <= 117.5; lon += 0.05) {
            for (double lat = 39.4; lat <= 41.1; lat += 0.05) {
                points.add(new Coordinate(lon, lat));
            }
        }
        return points.build();
    }

    private static double metresBetween(Coordinate a, Coordinate b) {
        return METRIC.toMetric(a.x, a.y).distance(METRIC.toMetric(b.x, b.y));
    }

    @ParameterizedTest
    @EnumSource(value = Datum.class, names = {"GCJ02", "BD09"})
    void roundTripOverBeijingIsWithinHalfAMetre(Datum datum) {
        double worst = beijingGrid().mapToDouble(p -> {
            Coordinate shifted = datum.fromWgs84(p.x, p.y);
            Coordinate back = datum.toWgs84(shifted.x, shifted.y);
            return metresBetween(p, back);
        }).max().orElseThrow();
        // The issue asks for 0.5 m; the iterative inverses give far better, and a drift would show here.
        assertThat(worst).isLessThan(0.001);
    }

    @ParameterizedTest
    @EnumSource(value = Datum.class, names = {"GCJ02", "BD09"})
    void offsetDatumsShiftBeijingByHundredsOfMetres(Datum datum) {
        double smallest = beijingGrid().mapToDouble(p -> {
            Coordinate shifted = datum.fromWgs84(p.x, p.y);
            return metresBetween(p, shifted);
        }).min().orElseThrow();
        assertThat(smallest).isGreaterThan(100);
    }

    @Test
    void knownGcj02OffsetAtTiananmen() {
        // WGS-84 116.391349, 39.907375 is shown by Amap at about 116.397590, 39.908777.
        Coordinate gcj = Datum.GCJ02.fromWgs84(116.391349, 39.907375);
        assertThat(metresBetween(gcj, new Coordinate(116.397590, 39.908777))).isLessThan(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wgs84", "cgcs2000"})
    void nationalDatumsAreNotShifted(String name) {
        Coordinate c = Datum.parse(name).fromWgs84(116.7, 39.8);
        assertThat(c).isEqualTo(new Coordinate(116.7, 39.8));
    }

    @Test
    void pointsOutsideChinaAreNotShiftedByGcj02() {
        assertThat(Datum.GCJ02.fromWgs84(2.3522, 48.8566)).isEqualTo(new Coordinate(2.3522, 48.8566));
        assertThat(Datum.GCJ02.toWgs84(-74.006, 40.7128)).isEqualTo(new Coordinate(-74.006, 40.7128));
        assertThat(Datum.GCJ02.fromWgs84(139.69, 35.68)).isEqualTo(new Coordinate(139.69, 35.68));
    }

    @Test
    void parseIsCaseInsensitive() {
        assertThat(Datum.parse("GCJ-02")).isEqualTo(Datum.GCJ02);
        assertThat(Datum.parse(" BD09 ")).isEqualTo(Datum.BD09);
    }

    @Test
    void unknownDatumIsAClearError() {
        assertThatThrownBy(() -> Datum.parse("mercator"))
                .isInstanceOf(UnknownDatumException.class)
                .hasMessage("未知的坐标系 'mercator'：应为 wgs84、cgcs2000、gcj02、bd09");
        assertThatThrownBy(() -> Datum.parse(null)).isInstanceOf(UnknownDatumException.class);
    }
}
