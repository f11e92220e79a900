package cn.luodian.geo.locate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.geo.demo.TongzhouDemoRegion;
import cn.luodian.geo.describe.DescribeOptions;
import cn.luodian.geo.describe.Describer;
import cn.luodian.geo.describe.Description;
import cn.luodian.geo.describe.ReferenceIndex;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.ReferenceFeature;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Urban sentences survive a round trip: around every demo landmark, on each of its eight sides, the
 * words said at the point locate returns are the words it read ("…80号楼北侧" stays 北侧, not 西北侧).
 */
class UrbanRoundTripTest {
    private static final ReferenceIndex INDEX = ReferenceIndex.build(TongzhouDemoRegion.build().layers());
    private static final Describer DESCRIBER = new Describer(INDEX, DescribeOptions.DEFAULTS);
    private static final Locator LOCATOR = new Locator(INDEX, DescribeOptions.DEFAULTS);
    private static final int EVERY = Integer.getInteger("urban.every", 23);

    @Test
    void theSideSaidAtTheLocatedSpotIsTheSideThatWasRead() {
        List<String> misses = new ArrayList<>();
        int sentences = 0;
        List<? extends ReferenceFeature> landmarks = INDEX.layers().features(Layer.LANDMARKS, ReferenceFeature.class);
        // Every EVERY-th landmark keeps the test to seconds; -Durban.every=1 walks them all.
        for (int i = 0; i < landmarks.size(); i += EVERY) {
            ReferenceFeature landmark = landmarks.get(i);
            Geometry metric = INDEX.metricGeometry(landmark);
            Coordinate centre = metric.getEnvelopeInternal().centre();
            double reach = metric.getEnvelopeInternal().getDiameter() / 2 + 20;
            for (int side = 0; side < 8; side++) {
                double angle = Math.toRadians(side * 45 + 7);
                Coordinate lonLat = INDEX.projection().toGeographic(
                        centre.x + reach * Math.sin(angle), centre.y + reach * Math.cos(angle));
                Description said = DESCRIBER.describe(lonLat.x, lonLat.y);
                if (said.landmark() == null) {
                    continue;
                }
                sentences++;
                LocateResult read = LOCATOR.locate(said.text());
                List<Coordinate> spots = read.candidates().isEmpty() && read.location() != null
                        ? List.of(read.location())
                        : read.candidates().stream().map(LocateResult.Candidate::location).toList();
                if (spots.isEmpty()) {
                    misses.add(said.text() + " → no location " + read.unresolved());
                }
                for (Coordinate spot : spots) {
                    String again = DESCRIBER.describe(spot.x, spot.y).text();
                    if (!again.equals(said.text())) {
                        misses.add(said.text() + " → " + again);
                    }
                }
            }
        }
        System.out.printf("urban round trip: %d sentences, %d misses%n", sentences, misses.size());
        assertThat(sentences).isGreaterThan(250);
        assertThat(misses).isEmpty();
    }
}
