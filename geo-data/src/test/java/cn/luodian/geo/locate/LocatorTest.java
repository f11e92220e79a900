package cn.luodian.geo.locate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.geo.describe.DescribeOptions;
import cn.luodian.geo.describe.ReferenceForTest;
import cn.luodian.geo.describe.ReferenceIndex;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** Locate on the hand-drawn fixture of {@link ReferenceForTest} (metric, exact distances). */
class LocatorTest {
    private static final ReferenceIndex INDEX = ReferenceIndex.build(ReferenceForTest.layers());
    private static final Locator LOCATOR = new Locator(INDEX, DescribeOptions.DEFAULTS);

    private static double metresFrom(Coordinate lonLat, double x, double y) {
        Coordinate m = INDEX.projection().toMetric(lonLat.x, lonLat.y);
        return Math.hypot(m.x - (ReferenceForTest.ORIGIN_X + x), m.y - (ReferenceForTest.ORIGIN_Y + y));
    }

    @Test
    void ruralSentenceFindsTheSpot() {
        // The road runs x 200..1800 at y=1200 and the river at y=500: 124 m and 576 m put the point
        // on the line y=1076 — anywhere between x 200 and 1800, a band, not a point.
        LocateResult result = LOCATOR.locate("漷县镇长凌营村距长凌营环路约124米，距北运河约576米");
        assertThat(result.resolved().village().code()).isEqualTo("110112106213");
        assertThat(result.resolved().corrections()).isEmpty();
        assertThat(result.unresolved()).isEmpty();
        assertThat(metresFrom(result.location(), 1000, 1076)).isLessThan(result.uncertaintyMetres());
        assertThat(result.uncertaintyMetres()).isBetween(790.0, 900.0);
    }

    @Test
    void theStatedDistancesMustHoldWithinTheRounding() {
        LocateResult result = LOCATOR.locate("长凌营村距长凌营环路约124米，距北运河约576米");
        Coordinate m = INDEX.projection().toMetric(result.location().x, result.location().y);
        // 124 ± 0.5 m from the road and 576 ± 0.5 m from the river, plus the buffer's error bound
        // (0.25 m + 1/1000 of the distance) by which the bands are widened.
        assertThat(m.y - ReferenceForTest.ORIGIN_Y).isBetween(1074.5, 1077.5);
    }

    @Test
    void wrongTownshipIsCorrectedFromTheVillage() {
        LocateResult result = LOCATOR.locate("潞县镇长凌营村距长凌营环路约124米,距北运河约576米");
        assertThat(result.parsed().township()).isEqualTo("潞县镇");
        assertThat(result.resolved().township().name()).isEqualTo("漷县镇");
        assertThat(result.resolved().corrections()).containsExactly("潞县镇 → 漷县镇");
        assertThat(result.location()).isNotNull();
    }

    @Test
    void urbanSentenceFindsTheSideOfTheLandmark() {
        LocateResult result = LOCATOR.locate("漷县镇长凌营环路长凌营村委会北侧");
        assertThat(result.location()).isNotNull();
        Coordinate m = INDEX.projection().toMetric(result.location().x, result.location().y);
        assertThat(m.y - ReferenceForTest.ORIGIN_Y).isGreaterThan(1620);
        assertThat(result.uncertaintyMetres()).isLessThan(60);
    }

    @Test
    void unknownNamesComeBackUnresolvedNotGuessed() {
        LocateResult result = LOCATOR.locate("漷县镇王家村距幸福路约20米");
        assertThat(result.unresolved()).contains("数据中没有村/社区“王家村”", "数据中没有道路“幸福路”");
        assertThat(result.resolved().village()).isNull();
    }

    @Test
    void impossibleDistancesGiveNoLocation() {
        LocateResult result = LOCATOR.locate("长凌营村距长凌营环路约3000米，距北运河约10米");
        assertThat(result.location()).isNull();
        assertThat(result.unresolved()).contains("没有同时符合所述距离和方位的位置");
    }

    @Test
    void textThatNamesNothingKnownGivesNoLocation() {
        for (String text : new String[] {"今天天气很好", "TZ-20261207-00005", "王家村距幸福路约20米"}) {
            LocateResult result = LOCATOR.locate(text);
            assertThat(result.location()).as(text).isNull();
            assertThat(result.candidates()).as(text).isEmpty();
            assertThat(result.unresolved()).as(text).contains(Locator.NOTHING_KNOWN);
        }
    }

    @Test
    void emptyTextIsAnError() {
        assertThatThrownBy(() -> LOCATOR.locate("  ")).isInstanceOf(IllegalArgumentException.class);
    }
}
