package cn.luodian.geo.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.Landmark;
import cn.luodian.geo.layer.LandmarkType;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.Waterway;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;

class TongzhouLandmarksTest {
    private final TongzhouDemoForTest demo = TongzhouDemoForTest.metric();

    @Test
    void everyVillageHasItsCommitteeOfficeInside() {
        Map<String, List<Landmark>> byName = demo.landmarks.stream().collect(Collectors.groupingBy(Landmark::name));
        for (AdminArea village : demo.villages.values()) {
            String office = village.name() + (village.name().endsWith("村") ? "村委会" : "居委会");
            assertThat(byName.getOrDefault(office, List.of()))
                    .as(office).anySatisfy(l -> {
                        assertThat(l.type()).isEqualTo(LandmarkType.POI);
                        assertThat(village.geometry().contains(l.geometry())).isTrue();
                    });
        }
    }

    @Test
    void thereAreHundredsOfNamedLandmarksIncludingBuildings() {
        assertThat(demo.landmarks).hasSizeGreaterThan(300).allSatisfy(l -> assertThat(l.name()).isNotBlank());
        assertThat(demo.landmarks).filteredOn(l -> l.type() == LandmarkType.BUILDING).hasSizeGreaterThan(200)
                .allSatisfy(l -> {
                    assertThat(l.name()).endsWith("号楼");
                    assertThat(l.geometry().getGeometryType()).isEqualTo("Polygon");
                    assertThat(l.geometry().isValid()).isTrue();
                });
    }

    @Test
    void buildingsDoNotOverlap() {
        List<Landmark> buildings = demo.landmarks.stream().filter(l -> l.type() == LandmarkType.BUILDING).toList();
        STRtree index = new STRtree();
        buildings.forEach(b -> index.insert(b.geometry().getEnvelopeInternal(), b));
        for (Landmark building : buildings) {
            for (Object other : index.query(building.geometry().getEnvelopeInternal())) {
                if (other != building) {
                    assertThat(building.geometry().intersects(((Landmark) other).geometry()))
                            .as(building.name() + " / " + ((Landmark) other).name()).isFalse();
                }
            }
        }
    }

    /** The seed "梨园地区群芳中一街群芳三园西区80号楼北侧" can be said of the demo. */
    @Test
    void qunfangBlock80StandsOnQunfangZhongyiStreetInLiyuan() {
        Landmark block = demo.landmarks.stream().filter(l -> l.name().equals("群芳三园西区80号楼")).findFirst().orElseThrow();
        Envelope footprint = block.geometry().getEnvelopeInternal();
        Point northSide = block.geometry().getFactory().createPoint(new Coordinate(footprint.centre().x, footprint.getMaxY() + 5));

        assertThat(demo.townships.get("110112121").geometry().contains(block.geometry())).isTrue();
        Road nearest = nearest(demo.roads.stream().filter(Road::isNamed).toList(), Road::geometry, northSide);
        assertThat(nearest.name()).isEqualTo("群芳中一街");
        assertThat(nearest.geometry().distance(northSide)).isLessThan(80);
    }

    /** The seed "长凌营村距长凌营环路约124米,距北运河约465米" is true of some point in 长凌营村. */
    @Test
    void somePointOfChanglingyingIs124MetresFromItsRingRoadAnd465FromTheNorthCanal() {
        AdminArea village = demo.villageNamed("长凌营村");
        Road ring = demo.road("长凌营环路");
        Waterway canal = demo.waterway("北运河");
        List<Road> namedRoads = demo.roads.stream().filter(Road::isNamed).toList();
        List<Waterway> namedWaterways = demo.waterways.stream().filter(Waterway::isNamed).toList();

        assertThat(village.parentCode()).isEqualTo("110112106");
        assertThat(village.geometry().contains(ring.geometry())).isTrue();
        Envelope box = village.geometry().getEnvelopeInternal();
        Point found = null;
        for (double x = box.getMinX(); x < box.getMaxX() && found == null; x += 5) {
            for (double y = box.getMinY(); y < box.getMaxY() && found == null; y += 5) {
                Point p = village.geometry().getFactory().createPoint(new Coordinate(x, y));
                if (Math.abs(ring.geometry().distance(p) - 124) < 3 && Math.abs(canal.geometry().distance(p) - 465) < 3
                        && village.geometry().contains(p)
                        && nearest(namedRoads, Road::geometry, p) == ring
                        && nearest(namedWaterways, Waterway::geometry, p) == canal) {
                    found = p;
                }
            }
        }
        assertThat(found).isNotNull();
    }

    private static <T> T nearest(List<T> features, Function<T, Geometry> geometry, Point p) {
        return features.stream().min(Comparator.comparingDouble(f -> geometry.apply(f).distance(p))).orElseThrow();
    }
}
