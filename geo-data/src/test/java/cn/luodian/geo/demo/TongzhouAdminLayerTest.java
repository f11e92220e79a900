package cn.luodian.geo.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.DivisionCode;
import cn.luodian.geo.layer.OfficialNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.CoverageUnion;

class TongzhouAdminLayerTest {
    /** Area mismatch allowed between a part and the sum of its pieces, after the lon/lat round trip. */
    private static final double AREA_TOLERANCE_M2 = 0.01;
    private final TongzhouDemoForTest demo = TongzhouDemoForTest.metric();

    @Test
    void districtIsTongzhouUnderBeijing() {
        assertThat(demo.district.code()).isEqualTo("110112");
        assertThat(demo.district.name()).isEqualTo("通州区");
        assertThat(demo.district.parentCode()).isEqualTo("110000");
        assertThat(demo.district.geometry().getArea() / 1e6).isBetween(880.0, 930.0);
    }

    @Test
    void everyOfficialTownshipAndVillageHasOneAreaWithItsBareName() {
        List<DivisionCode> codes = TongzhouDemoForTest.region().divisionCodes();
        List<DivisionCode> townshipCodes = codes.stream().filter(c -> c.level() == AdminLevel.TOWNSHIP).toList();
        List<DivisionCode> villageCodes = codes.stream().filter(c -> c.level() == AdminLevel.VILLAGE).toList();

        assertThat(demo.townships.keySet()).containsExactlyElementsOf(townshipCodes.stream().map(DivisionCode::code).toList());
        assertThat(demo.villages.keySet()).containsExactlyElementsOf(villageCodes.stream().map(DivisionCode::code).toList());
        for (DivisionCode code : villageCodes) {
            AdminArea village = demo.villages.get(code.code());
            assertThat(village.name()).isEqualTo(OfficialNames.bareName(code.officialName()));
            assertThat(village.parentCode()).isEqualTo(code.code().substring(0, 9));
        }
        assertThat(demo.villages.get("110112106213").name()).isEqualTo("长凌营村");
        assertThat(demo.townships.get("110112209").name()).isEqualTo("于家务回族乡");
    }

    @Test
    void everyAreaIsAValidPolygon() {
        List<AdminArea> all = new ArrayList<>(demo.townships.values());
        all.addAll(demo.villages.values());
        all.add(demo.district);
        assertThat(all).allSatisfy(area -> {
            assertThat(area.geometry().getGeometryType()).as(area.code()).isEqualTo("Polygon");
            assertThat(area.geometry().isValid()).as(area.code()).isTrue();
        });
    }

    @Test
    void villagesLieInsideTheirOwnTownship() {
        for (AdminArea village : demo.villages.values()) {
            Geometry township = demo.townships.get(village.parentCode()).geometry();
            assertThat(township.contains(village.geometry().getInteriorPoint())).as(village.code()).isTrue();
            assertThat(village.geometry().difference(township).getArea()).as(village.code()).isLessThan(AREA_TOLERANCE_M2);
        }
    }

    @Test
    void villagesTileEachTownship() {
        for (AdminArea township : demo.townships.values()) {
            List<AdminArea> villages = demo.villages.values().stream().filter(v -> v.parentCode().equals(township.code())).toList();
            assertTiles(township.geometry(), villages.stream().map(AdminArea::geometry).toList(), township.code());
        }
    }

    @Test
    void townshipsTileTheDistrict() {
        assertTiles(demo.district.geometry(), demo.townships.values().stream().map(AdminArea::geometry).toList(), "110112");
    }

    /** Voronoi parts of evenly spaced seeds: no thin or tiny pieces. */
    @Test
    void noAreaIsASliver() {
        List<AdminArea> parts = new ArrayList<>(demo.townships.values());
        parts.addAll(demo.villages.values());
        assertThat(parts).allSatisfy(area -> {
            Geometry g = area.geometry();
            double compactness = 4 * Math.PI * g.getArea() / (g.getLength() * g.getLength());
            assertThat(g.getArea()).as(area.code()).isGreaterThan(100_000);
            assertThat(compactness).as(area.code()).isGreaterThan(0.3);
        });
    }

    private static void assertTiles(Geometry whole, Collection<Geometry> parts, String what) {
        double sum = parts.stream().mapToDouble(Geometry::getArea).sum();
        assertThat(sum).as(what).isCloseTo(whole.getArea(), within(AREA_TOLERANCE_M2));
        Geometry union = CoverageUnion.union(whole.getFactory().buildGeometry(parts));
        assertThat(union.symDifference(whole).getArea()).as(what).isLessThan(AREA_TOLERANCE_M2);
    }
}
