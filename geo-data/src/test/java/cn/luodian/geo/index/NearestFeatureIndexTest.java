package cn.luodian.geo.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Metric fixture (metres):
 * <pre>
 *   y=300  ──────── road A (0,300)-(400,300)
 *
 *   y=100  ──────── road B (0,100)-(400,100)      ┌──┐ lake (500..600, 0..100)
 *                                                 └──┘
 * </pre>
 */
class NearestFeatureIndexTest {
    record Feature(String name, Geometry geometry) {
    }

    private static Geometry wkt(String wkt) {
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static final Feature ROAD_A = new Feature("A", wkt("LINESTRING (0 300, 400 300)"));
    private static final Feature ROAD_B = new Feature("B", wkt("LINESTRING (0 100, 400 100)"));
    private static final Feature LAKE = new Feature("lake", wkt("POLYGON ((500 0, 600 0, 600 100, 500 100, 500 0))"));

    private final NearestFeatureIndex<Feature> index =
            new NearestFeatureIndex<>(List.of(ROAD_A, ROAD_B, LAKE), Feature::geometry);

    @Test
    void nearestLineWithDistanceAndNearestPoint() {
        Snap<Feature> snap = index.nearest(100, 130, 1000).orElseThrow();
        assertThat(snap.feature()).isEqualTo(ROAD_B);
        assertThat(snap.distanceMetres()).isCloseTo(30, within(1e-9));
        assertThat(snap.nearestPointMetric().x).isCloseTo(100, within(1e-9));
        assertThat(snap.nearestPointMetric().y).isCloseTo(100, within(1e-9));
    }

    @Test
    void distanceToAnEndpointBeyondTheLine() {
        Snap<Feature> snap = index.nearest(-30, 140, 1000).orElseThrow();
        assertThat(snap.feature()).isEqualTo(ROAD_B);
        assertThat(snap.distanceMetres()).isCloseTo(50, within(1e-9));
    }

    @Test
    void distanceToAnAreaIsToItsEdgeAndZeroInside() {
        Snap<Feature> outside = index.nearest(650, 50, 1000).orElseThrow();
        assertThat(outside.feature()).isEqualTo(LAKE);
        assertThat(outside.distanceMetres()).isCloseTo(50, within(1e-9));
        Snap<Feature> inside = index.nearest(550, 50, 1000).orElseThrow();
        assertThat(inside.feature()).isEqualTo(LAKE);
        assertThat(inside.distanceMetres()).isZero();
    }

    @Test
    void midwayBetweenTwoLinesTheFirstInBuildOrderWins() {
        assertThat(index.nearest(200, 200, 1000).orElseThrow().feature()).isEqualTo(ROAD_A);
        NearestFeatureIndex<Feature> reversed = new NearestFeatureIndex<>(List.of(ROAD_B, ROAD_A), Feature::geometry);
        assertThat(reversed.nearest(200, 200, 1000).orElseThrow().feature()).isEqualTo(ROAD_B);
    }

    @Test
    void nothingWithinTheLimit() {
        assertThat(index.nearest(200, 5000, 1000)).isEmpty();
        assertThat(new NearestFeatureIndex<Feature>(List.of(), Feature::geometry).nearest(0, 0, 1e9)).isEmpty();
    }

    @Test
    void agreesWithBruteForceOnManyPoints() {
        java.util.Random random = new java.util.Random(7);
        List<Feature> features = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            double x = random.nextDouble() * 10000;
            double y = random.nextDouble() * 10000;
            features.add(new Feature("f" + i, wkt("LINESTRING (" + x + " " + y + ", " + (x + random.nextDouble() * 500)
                    + " " + (y + random.nextDouble() * 500) + ", " + (x + 300) + " " + (y - 200) + ")")));
        }
        NearestFeatureIndex<Feature> many = new NearestFeatureIndex<>(features, Feature::geometry);
        org.locationtech.jts.geom.GeometryFactory factory = new org.locationtech.jts.geom.GeometryFactory();
        for (int i = 0; i < 500; i++) {
            double x = random.nextDouble() * 11000 - 500;
            double y = random.nextDouble() * 11000 - 500;
            Geometry p = factory.createPoint(new org.locationtech.jts.geom.Coordinate(x, y));
            double expected = features.stream().mapToDouble(f -> f.geometry().distance(p)).min().orElseThrow();
            assertThat(many.nearest(x, y, 1e9).orElseThrow().distanceMetres()).isCloseTo(expected, within(1e-6));
        }
    }
}
