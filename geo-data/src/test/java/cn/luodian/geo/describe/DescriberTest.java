package cn.luodian.geo.describe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.luodian.geo.describe.DescribeOptions.Clause;
import cn.luodian.geo.describe.DescribeOptions.Punctuation;
import cn.luodian.geo.describe.Description.Coverage;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;

class DescriberTest {
    private static final ReferenceIndex INDEX = ReferenceIndex.build(ReferenceForTest.layers());

    private static Description describe(double x, double y, DescribeOptions options) {
        Coordinate p = ReferenceForTest.lonLat(x, y);
        return new Describer(INDEX, options).describe(p.x, p.y);
    }

    private static Description describe(double x, double y) {
        return describe(x, y, DescribeOptions.DEFAULTS);
    }

    @Test
    void ruralSentenceWithExactDistances() {
        // 124 m south of the ring road (y=1200) and 576 m north of the river (y=500)
        Description d = describe(1000, 1076);
        assertThat(d.text()).isEqualTo("漷县镇长凌营村距长凌营环路约124米，距北运河约576米");
        assertThat(d.coverage()).isEqualTo(Coverage.INSIDE);
        assertThat(d.district().code()).isEqualTo("110112");
        assertThat(d.township().name()).isEqualTo("漷县镇");
        assertThat(d.village().code()).isEqualTo("110112106213");
        assertThat(d.gridCellCode()).isEqualTo("110112106213001");
        assertThat(d.road().distanceMetres()).isCloseTo(124, within(0.01));
        assertThat(d.waterway().distanceMetres()).isCloseTo(576, within(0.01));
        Coordinate nearestOnRoad = ReferenceForTest.lonLat(1000, 1200);
        assertThat(d.road().nearestPoint().distance(nearestOnRoad)).isLessThan(1e-7);
    }

    @Test
    void unnamedFeaturesAreNeverNamed() {
        // Nearest line of all is the unnamed track at y=1700, then the unnamed ditch at y=1000.
        Description d = describe(1500, 1690);
        assertThat(d.road().name()).isEqualTo("长凌营环路");
        assertThat(d.road().distanceMetres()).isCloseTo(490, within(0.01));
        assertThat(d.waterway().name()).isEqualTo("北运河");
    }

    @Test
    void roundingStepAndPunctuationAreOptions() {
        DescribeOptions options = new DescribeOptions(50, 5000, 5000, 10, Punctuation.ASCII, EnumSet.allOf(Clause.class));
        assertThat(describe(1000, 1076, options).text()).isEqualTo("漷县镇长凌营村距长凌营环路约120米,距北运河约580米");
    }

    @Test
    void clausesCanBeLeftOut() {
        DescribeOptions roadOnly = new DescribeOptions(50, 5000, 5000, 1, Punctuation.FULL_WIDTH, EnumSet.of(Clause.ROAD));
        assertThat(describe(1000, 1076, roadOnly).text()).isEqualTo("漷县镇长凌营村距长凌营环路约124米");
        assertThat(describe(1000, 1076, roadOnly).waterway()).isNull();
    }

    @Test
    void aWaterwayBeyondTheLimitIsLeftOut() {
        DescribeOptions near = new DescribeOptions(50, 5000, 300, 1, Punctuation.FULL_WIDTH, EnumSet.allOf(Clause.class));
        Description d = describe(1000, 1076, near);
        assertThat(d.text()).isEqualTo("漷县镇长凌营村距长凌营环路约124米");
        assertThat(d.waterway()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
        "1010, 1660, 北侧", "1045, 1645, 东北侧", "1060, 1610, 东侧", "1045, 1575, 东南侧",
        "1010, 1560, 南侧", "975, 1575, 西南侧", "960, 1610, 西侧", "975, 1645, 西北侧"})
    void urbanFormNamesTheSideOfANearbyLandmark(double x, double y, String side) {
        Description d = describe(x, y);
        assertThat(d.landmark().name()).isEqualTo("长凌营村委会");
        assertThat(d.landmark().side().text()).isEqualTo(side);
        assertThat(d.text()).isEqualTo("漷县镇长凌营环路长凌营村委会" + side);
    }

    @Test
    void aLandmarkBeyondTheRadiusKeepsTheRuralForm() {
        Description d = describe(1010, 1690); // 70 m north of the landmark's edge
        assertThat(d.landmark()).isNull();
        assertThat(d.text()).startsWith("漷县镇长凌营村距长凌营环路");
    }

    @Test
    void aPointOnTheVillageBoundaryGetsOneDeterministicVillage() {
        // The corners (2000, 0) and (2000, 2000) are vertices of both 长凌营村 (…213) and
        // 李辛庄村 (…251): the lower code wins, every time.
        for (int i = 0; i < 3; i++) {
            assertThat(describe(2000, 0).village().name()).isEqualTo("长凌营村");
            assertThat(describe(2000, 2000).village().name()).isEqualTo("长凌营村");
        }
        assertThat(describe(2001, 800).village().name()).isEqualTo("李辛庄村");
    }

    @Test
    void aPointOutsideTheDataSaysSo() {
        Description d = describe(-3000, 1000);
        assertThat(d.coverage()).isEqualTo(Coverage.OUTSIDE);
        assertThat(d.text()).isEqualTo(Describer.OUTSIDE_TEXT);
        assertThat(d.road()).isNull();
        assertThat(d.waterway()).isNull();
        assertThat(d.village()).isNull();
    }

    @Test
    void invalidOptionsAreRejected() {
        assertThatThrownBy(() -> new DescribeOptions(50, 5000, 5000, 0, Punctuation.ASCII, EnumSet.allOf(Clause.class)))
                .hasMessageContaining("roundingStepMetres 应在 1");
        assertThatThrownBy(() -> new DescribeOptions(50, -1, 5000, 1, Punctuation.ASCII, EnumSet.allOf(Clause.class)))
                .hasMessageContaining("roadMaxMetres");
    }
}
