package cn.luodian.geo.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.luodian.geo.crs.GaussKrugerProjection;
import cn.luodian.geo.io.GeoJsonFeatureReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class NearestComponentIndexTest {
    private static final GaussKrugerProjection PROJECTION = GaussKrugerProjection.beijing();
    /** A point in 通州 in EPSG:4548 metres; the components below are placed around it. */
    private static final double X = 475_000;
    private static final double Y = 4_416_000;

    private static Component at(String category, int sequence, double dx, double dy) {
        Coordinate lonLat = PROJECTION.toGeographic(X + dx, Y + dy);
        return new Component(ComponentCode.of("110112", category, sequence), "部件",
                GeoJsonFeatureReader.WGS84_FACTORY.createPoint(lonLat), "完好", "", "", null, "", "");
    }

    private static Component shape(String category, int sequence, String metricWkt) throws ParseException {
        Geometry metric = new WKTReader(new GeometryFactory()).read(metricWkt);
        return new Component(ComponentCode.of("110112", category, sequence), "部件",
                GeoJsonFeatureReader.WGS84_FACTORY.createGeometry(PROJECTION.toGeographic(metric)), "完好", "", "", null, "", "");
    }

    private static List<NearbyComponent> nearest(NearestComponentIndex index, String category, double radius, int limit) {
        Coordinate lonLat = PROJECTION.toGeographic(X, Y);
        return index.nearest(lonLat.x, lonLat.y, category, radius, limit);
    }

    @Test
    void offersTheComponentsOfTheCategoryWithinTheRadiusClosestFirst() {
        NearestComponentIndex index = NearestComponentIndex.build(List.of(
                at("B0101", 1, 25, 0), at("B0101", 2, 0, -8), at("B0101", 3, 31, 0), at("B0112", 1, 1, 1),
                at("B0101", 4, -20, 20), at("B0101", 5, 0, 8)), PROJECTION);
        List<NearbyComponent> found = nearest(index, "B0101", 30, 10);
        assertThat(found).extracting(n -> n.component().code().sequence()).containsExactly(2, 5, 1, 4);
        assertThat(found.get(0).distanceMetres()).isCloseTo(8, within(0.01));
        assertThat(found.get(3).distanceMetres()).isCloseTo(Math.hypot(20, 20), within(0.01));
        assertThat(nearest(index, "B0101", 30, 2)).extracting(n -> n.component().code().sequence()).containsExactly(2, 5);
        assertThat(nearest(index, "B0112", 30, 10)).hasSize(1);
        assertThat(nearest(index, "B0303", 30, 10)).isEmpty();
    }

    @Test
    void measuresToLinesAndIntoPolygons() throws ParseException {
        NearestComponentIndex index = NearestComponentIndex.build(List.of(
                shape("B0208", 1, "LINESTRING (474900 4416012, 475100 4416012)"),
                shape("B0208", 2, "LINESTRING (475040 4415900, 475040 4416100)"),
                shape("B0405", 1, "POLYGON ((474990 4415990, 475010 4415990, 475010 4416010, 474990 4416010, 474990 4415990))"),
                shape("B0405", 2, "POLYGON ((475020 4415990, 475040 4415990, 475040 4416010, 475020 4416010, 475020 4415990))")),
                PROJECTION);
        List<NearbyComponent> rails = nearest(index, "B0208", 30, 10);
        assertThat(rails).extracting(n -> n.component().code().sequence()).containsExactly(1);
        assertThat(rails.get(0).distanceMetres()).isCloseTo(12, within(0.05));
        List<NearbyComponent> green = nearest(index, "B0405", 30, 10);
        assertThat(green).extracting(n -> n.component().code().sequence()).containsExactly(1, 2);
        assertThat(green.get(0).distanceMetres()).isZero();
        assertThat(green.get(1).distanceMetres()).isCloseTo(20, within(0.05));
    }

    @Test
    void breaksTiesByCode() {
        NearestComponentIndex index = NearestComponentIndex.build(List.of(
                at("B0101", 9, 10, 0), at("B0101", 3, 10, 0), at("B0101", 5, 10, 0)), PROJECTION);
        assertThat(nearest(index, "B0101", 30, 10)).extracting(n -> n.component().code().sequence()).containsExactly(3, 5, 9);
    }

    @Test
    void agreesWithMeasuringEveryComponent() {
        Random random = new Random(16);
        String[] categories = {"B0101", "B0102", "B0112"};
        List<Component> components = new ArrayList<>();
        for (int i = 1; i <= 20_000; i++) {
            components.add(at(categories[i % 3], i, random.nextDouble() * 4_000 - 2_000, random.nextDouble() * 4_000 - 2_000));
        }
        NearestComponentIndex index = NearestComponentIndex.build(components, PROJECTION);
        for (int q = 0; q < 200; q++) {
            double qx = X + random.nextDouble() * 4_000 - 2_000;
            double qy = Y + random.nextDouble() * 4_000 - 2_000;
            String category = categories[q % 3];
            double radius = q % 2 == 0 ? 30 : 120;
            Coordinate lonLat = PROJECTION.toGeographic(qx, qy);
            List<String> expected = components.stream().filter(c -> c.category().equals(category))
                    .map(c -> new NearbyComponent(c, distance(c, qx, qy)))
                    .filter(n -> n.distanceMetres() <= radius)
                    .sorted(Comparator.comparingDouble(NearbyComponent::distanceMetres).thenComparing(n -> n.component().code()))
                    .limit(5).map(n -> n.component().code().value()).toList();
            assertThat(index.nearest(lonLat.x, lonLat.y, category, radius, 5)).extracting(n -> n.component().code().value())
                    .as("query %d", q).isEqualTo(expected);
        }
    }

    private static double distance(Component component, double x, double y) {
        Coordinate metric = PROJECTION.toMetric(component.geometry().getCoordinate().x, component.geometry().getCoordinate().y);
        return Math.hypot(metric.x - x, metric.y - y);
    }

    @Test
    void refusesAnUnboundedQuery() {
        NearestComponentIndex index = NearestComponentIndex.build(List.of(), PROJECTION);
        assertThat(index.size()).isZero();
        assertThat(nearest(index, "B0101", 30, 10)).isEmpty();
        assertThatThrownBy(() -> nearest(index, "B0101", 0, 10)).hasMessageContaining("搜索半径应大于 0 米");
        assertThatThrownBy(() -> nearest(index, "B0101", 5_000, 10)).hasMessageContaining("不超过 1000 米");
        assertThatThrownBy(() -> nearest(index, "B0101", Double.NaN, 10)).hasMessageContaining("搜索半径");
        assertThatThrownBy(() -> nearest(index, "B0101", 30, 0)).hasMessageContaining("返回个数应为 1 到 100");
        assertThatThrownBy(() -> index.nearest(Double.NaN, 39.9, "B0101", 30, 10)).hasMessageContaining("不是 WGS-84 经纬度");
        assertThatThrownBy(() -> index.nearest(39.9, 116.6, "B0101", 30, 10)).hasMessageContaining("不是 WGS-84 经纬度");
    }
}
