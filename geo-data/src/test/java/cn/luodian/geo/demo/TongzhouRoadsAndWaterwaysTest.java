package cn.luodian.geo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.RoadClass;
import cn.luodian.geo.layer.Waterway;
import cn.luodian.geo.layer.WaterwayClass;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

class TongzhouRoadsAndWaterwaysTest {
    private final TongzhouDemoForTest demo = TongzhouDemoForTest.metric();

    @Test
    void everyVillageHasANamedRoadInsideOrTouchingIt() {
        STRtree index = new STRtree();
        demo.roads.stream().filter(Road::isNamed).forEach(r -> index.insert(r.geometry().getEnvelopeInternal(), r));
        for (AdminArea village : demo.villages.values()) {
            List<?> candidates = index.query(village.geometry().getEnvelopeInternal());
            assertThat(candidates.stream().map(Road.class::cast).anyMatch(r -> r.geometry().intersects(village.geometry())))
                    .as(village.code() + " " + village.name()).isTrue();
        }
    }

    @Test
    void noTwoRoadsShareAName() {
        List<String> names = demo.roads.stream().filter(Road::isNamed).map(Road::name).toList();
        assertThat(names).doesNotHaveDuplicates().hasSizeGreaterThan(656);
    }

    @ParameterizedTest
    @CsvSource({"京哈高速, G1", "京沪高速, G2", "京津高速, S15", "通燕高速, ''", "六环路, G4501"})
    void motorwaysCarryTheirRefs(String name, String ref) {
        Road motorway = demo.road(name);
        assertThat(motorway.roadClass()).isEqualTo(RoadClass.MOTORWAY);
        assertThat(motorway.ref()).isEqualTo(ref);
        assertThat(motorway.geometry().getLength()).isGreaterThan(3_000);
    }

    @Test
    void mainDistrictRoadsArePresent() {
        assertThat(demo.roads).extracting(Road::name)
                .contains("京通快速路", "新华大街", "运河东大街", "九棵树东路", "群芳中一街", "张采路", "通马路");
    }

    @Test
    void villageRoadsAreNamedAfterTheirVillage() {
        assertThat(demo.roads).extracting(Road::name).contains("长凌营环路", "中山街", "复兴南里路");
        // Two villages are called 何各庄村: the second one's ring road carries its township's name.
        assertThat(demo.roads.stream().map(Road::name).filter(n -> n.endsWith("何各庄环路"))).hasSize(2);
        assertThat(demo.roads).anySatisfy(r -> assertThat(r.roadClass()).isEqualTo(RoadClass.TRACK))
                .anySatisfy(r -> assertThat(r.roadClass()).isEqualTo(RoadClass.SERVICE))
                .anySatisfy(r -> assertThat(r.isNamed()).isFalse());
    }

    @Test
    void roadsAndWaterwaysStayNearTheDistrict() {
        Geometry near = demo.district.geometry().buffer(NamedWaterways.BORDER_MARGIN_METRES + 1);
        assertThat(demo.roads).allSatisfy(r -> {
            assertThat(r.geometry().isEmpty()).as(r.name()).isFalse();
            assertThat(near.covers(r.geometry())).as(r.name()).isTrue();
        });
        assertThat(demo.waterways).allSatisfy(w -> {
            assertThat(w.geometry().isEmpty()).as(w.name()).isFalse();
            assertThat(near.covers(w.geometry())).as(w.name()).isTrue();
        });
    }

    @ParameterizedTest
    @CsvSource({"北运河", "潮白河", "通惠河", "凉水河", "萧太后河", "中坝河", "运潮减河", "凤港减河"})
    void riversAndCanalsArePresent(String name) {
        Waterway river = demo.waterway(name);
        assertThat(river.waterwayClass()).isIn(WaterwayClass.RIVER, WaterwayClass.CANAL);
        assertThat(river.geometry().getLength()).isGreaterThan(5_000);
    }

    @ParameterizedTest
    @CsvSource({"通大边沟", "牛屯引河", "大梁沟"})
    void smallDitchesArePresent(String name) {
        assertThat(demo.waterway(name).waterwayClass()).isIn(WaterwayClass.DITCH, WaterwayClass.DRAIN, WaterwayClass.STREAM);
    }

    @Test
    void moreDitchesWaterAreasAndUnnamedDitchesArePresent() {
        assertThat(demo.waterways.stream().map(Waterway::name).filter(n -> n.endsWith("沟") || n.endsWith("渠")).count())
                .isGreaterThanOrEqualTo(5);
        assertThat(demo.waterways).filteredOn(w -> w.waterwayClass() == WaterwayClass.WATER)
                .hasSizeGreaterThanOrEqualTo(1)
                .allSatisfy(w -> {
                    assertThat(w.isNamed()).isTrue();
                    assertThat(w.geometry().getGeometryType()).isEqualTo("Polygon");
                });
        assertThat(demo.waterways).filteredOn(w -> !w.isNamed()).hasSizeGreaterThan(50)
                .allSatisfy(w -> assertThat(w.waterwayClass()).isEqualTo(WaterwayClass.DITCH));
    }
}
