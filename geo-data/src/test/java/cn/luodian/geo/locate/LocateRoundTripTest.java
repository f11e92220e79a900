package cn.luodian.geo.locate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.geo.demo.TongzhouDemoRegion;
import cn.luodian.geo.describe.DescribeOptions;
import cn.luodian.geo.describe.Describer;
import cn.luodian.geo.describe.Description;
import cn.luodian.geo.describe.ReferenceIndex;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.Layer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Property: for random points inside the demo region, locate(describe(p).text) returns a location
 * whose stated uncertainty holds p, and p lies in one of the solutions, each a few metres across.
 */
class LocateRoundTripTest {
    private static final int POINTS = Integer.getInteger("roundtrip.points", 400);

    @Test
    void describeThenLocateFindsThePointWithinTheStatedUncertainty() {
        ReferenceIndex index = ReferenceIndex.build(TongzhouDemoRegion.build().layers());
        Describer describer = new Describer(index, DescribeOptions.DEFAULTS);
        Locator locator = new Locator(index, DescribeOptions.DEFAULTS);
        AdminArea district = index.layers().features(Layer.ADMIN, AdminArea.class).stream()
                .filter(a -> a.level() == AdminLevel.DISTRICT).findFirst().orElseThrow();
        Envelope bounds = district.geometry().getEnvelopeInternal();
        SplittableRandom random = new SplittableRandom(Long.getLong("roundtrip.seed", 20261122));

        List<Double> uncertainties = new ArrayList<>();
        List<String> misses = new ArrayList<>();
        List<Double> ownCandidate = new ArrayList<>();
        int ambiguous = 0;
        while (uncertainties.size() + misses.size() < POINTS) {
            double lon = bounds.getMinX() + random.nextDouble() * bounds.getWidth();
            double lat = bounds.getMinY() + random.nextDouble() * bounds.getHeight();
            Description description = describer.describe(lon, lat);
            if (description.coverage() != Description.Coverage.INSIDE || description.village() == null) {
                continue;
            }
            LocateResult result = locator.locate(description.text());
            if (result.location() == null) {
                misses.add(description.text() + " → no location " + result.unresolved());
                continue;
            }
            Coordinate p = index.projection().toMetric(lon, lat);
            Coordinate found = index.projection().toMetric(result.location().x, result.location().y);
            double offMetres = p.distance(found);
            if (offMetres > result.uncertaintyMetres() + 0.01) {
                misses.add(description.text() + " at " + lon + "," + lat + " → " + Math.round(offMetres)
                        + " m off, uncertainty " + Math.round(result.uncertaintyMetres()));
            }
            uncertainties.add(result.uncertaintyMetres());
            double own = result.candidates().isEmpty() ? result.uncertaintyMetres() : result.candidates().stream()
                    .filter(c -> p.distance(index.projection().toMetric(c.location().x, c.location().y)) <= c.uncertaintyMetres() + 0.01)
                    .mapToDouble(LocateResult.Candidate::uncertaintyMetres).min().orElse(Double.NaN);
            if (Double.isNaN(own)) {
                misses.add(description.text() + " → in no candidate");
            }
            ownCandidate.add(own);
            if (!result.candidates().isEmpty()) {
                ambiguous++;
            }
            // The words said at each returned spot name what was read: the same village, road,
            // waterway and side (the distances may differ by the bands' buffer tolerance, a metre or two).
            List<Coordinate> spots = result.candidates().isEmpty() ? List.of(result.location())
                    : result.candidates().stream().map(LocateResult.Candidate::location).toList();
            for (Coordinate spot : spots) {
                String again = describer.describe(spot.x, spot.y).text();
                if (!again.replaceAll("\\d+", "#").equals(description.text().replaceAll("\\d+", "#"))) {
                    misses.add(description.text() + " → located spot " + spot + " says " + again);
                }
            }
        }
        double[] sorted = uncertainties.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted[sorted.length / 2];
        double p90 = sorted[(int) (sorted.length * 0.9)];
        double[] own = ownCandidate.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("locate round trip: %d points, %d with several candidates; uncertainty median %.1f m,"
                        + " p90 %.1f m, max %.1f m; of the candidate holding the point: median %.1f m, p90 %.1f m%n",
                sorted.length, ambiguous, median, p90, sorted[sorted.length - 1], own[own.length / 2], own[(int) (own.length * 0.9)]);
        assertThat(misses).isEmpty();
        // A sentence pins the point to a few metres; but "N metres from a village ring road" holds
        // inside and outside the ring, so most sentences have several solutions, each small, and
        // the location's circle must hold them all.
        assertThat(own[own.length / 2]).isLessThan(5);
        assertThat(own[(int) (own.length * 0.9)]).isLessThan(25);
        assertThat(median).isLessThan(250);
    }
}
