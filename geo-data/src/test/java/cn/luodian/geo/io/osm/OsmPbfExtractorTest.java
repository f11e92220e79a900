package cn.luodian.geo.io.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.DivisionCode;
import cn.luodian.geo.layer.Landmark;
import cn.luodian.geo.layer.LandmarkType;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.RoadClass;
import cn.luodian.geo.layer.Waterway;
import cn.luodian.geo.layer.WaterwayClass;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** End to end on the committed fixture; see {@link TongzhouMiniPbfForTest} for its map. */
class OsmPbfExtractorTest {
    static final List<DivisionCode> GAZETTEER = List.of(
            new DivisionCode("110112", "通州区", null),
            new DivisionCode("110112106", "漷县镇", "110112"),
            new DivisionCode("110112106213", "长凌营村村委会", "110112106"),
            new DivisionCode("110112106214", "李辛庄村委会", "110112106"));

    private static OsmExtract extract;

    @BeforeAll
    static void extractFixture() throws URISyntaxException {
        extract = new OsmPbfExtractor().extract(fixture(), GAZETTEER);
    }

    static Path fixture() throws URISyntaxException {
        return Path.of(OsmPbfExtractorTest.class.getResource(TongzhouMiniPbfForTest.RESOURCE).toURI());
    }

    @Test
    void writerReproducesTheCommittedFixtureByteForByte() throws IOException {
        byte[] committed;
        try (InputStream in = getClass().getResourceAsStream(TongzhouMiniPbfForTest.RESOURCE)) {
            committed = in.readAllBytes();
        }
        assertThat(TongzhouMiniPbfForTest.writer().toBytes())
                .as("the fixture must be the writer's output; regenerate with TongzhouMiniPbfForTest.main")
                .isEqualTo(committed);
    }

    @Test
    void everyLayerIsInTheBatchWithItsCount() {
        assertThat(extract.layers().layers())
                .containsExactly(Layer.ADMIN, Layer.ROADS, Layer.WATERWAYS, Layer.LANDMARKS);
        assertThat(extract.counts()).isEqualTo(Map.of(
                Layer.ADMIN, 3, Layer.ROADS, 3, Layer.WATERWAYS, 3, Layer.LANDMARKS, 2));
        assertThat(extract.reportLines()).startsWith("admin: 3", "roads: 3", "waterways: 3", "landmarks: 2");
    }

    @Test
    void districtTakesItsCodeFromTheRefTag() {
        AdminArea district = admin("110112");
        assertThat(district.name()).isEqualTo("通州区");
        assertThat(district.level()).isEqualTo(AdminLevel.DISTRICT);
        assertThat(district.parentCode()).isEqualTo("110000");
        assertThat(district.geometry()).isInstanceOf(Polygon.class);
        assertThat(district.geometry().getArea()).isCloseTo(0.30 * 0.25, within(1e-9));
    }

    @Test
    void townshipIsJoinedFromTwoWaysWithAHoleAndResolvedByName() {
        AdminArea township = admin("110112106");
        assertThat(township.name()).isEqualTo("漷县镇");
        assertThat(township.level()).isEqualTo(AdminLevel.TOWNSHIP);
        assertThat(township.parentCode()).isEqualTo("110112");
        Polygon polygon = (Polygon) township.geometry();
        assertThat(polygon.isValid()).isTrue();
        assertThat(polygon.getNumInteriorRing()).isEqualTo(1);
        assertThat(polygon.getArea()).isCloseTo(0.10 * 0.08 - 0.01 * 0.01, within(1e-9));
    }

    @Test
    void villageMatchesTheBareNameOfTheOfficialCommitteeName() {
        AdminArea village = admin("110112106213");
        assertThat(village.name()).isEqualTo("长凌营村");
        assertThat(village.level()).isEqualTo(AdminLevel.VILLAGE);
        assertThat(village.parentCode()).isEqualTo("110112106");
    }

    @Test
    void boundaryWhoseNameIsNotInTheGazetteerIsSkippedAndReported() {
        assertThat(extract.layers().features(Layer.ADMIN, AdminArea.class))
                .extracting(AdminArea::name).doesNotContain("小王庄村");
        assertThat(extract.skipped()).anySatisfy(line -> assertThat(line)
                .startsWith("relation 1004 (小王庄村): no division code")
                .contains("not in the gazetteer"));
    }

    @Test
    void roadsKeepNameClassAndRef() {
        List<Road> roads = extract.layers().features(Layer.ROADS, Road.class);
        assertThat(roads).extracting(Road::name, Road::roadClass, Road::ref).containsExactly(
                tuple("长凌营环路", RoadClass.RESIDENTIAL, ""),
                tuple("", RoadClass.MOTORWAY, "S15"),
                tuple("", RoadClass.TRACK, ""));
        assertThat(roads).allSatisfy(road -> assertThat(road.geometry()).isInstanceOf(LineString.class));
        assertThat(roads.get(0).geometry().getCoordinates()).containsExactly(
                new Coordinate(116.745, 39.755), new Coordinate(116.765, 39.755), new Coordinate(116.765, 39.775));
    }

    @Test
    void wayWithOneDistinctPointIsSkippedAndReported() {
        assertThat(extract.skipped()).contains("way 203: fewer than 2 distinct points");
    }

    @Test
    void riverSplitOverTwoWaysBecomesOneLine() {
        List<Waterway> rivers = waterways(WaterwayClass.RIVER);
        assertThat(rivers).hasSize(1);
        assertThat(rivers.get(0).name()).isEqualTo("北运河");
        assertThat(rivers.get(0).geometry()).isInstanceOf(LineString.class);
        assertThat(rivers.get(0).geometry().getNumPoints()).isEqualTo(5);
    }

    @Test
    void unnamedDitchIsKeptAsALine() {
        List<Waterway> ditches = waterways(WaterwayClass.DITCH);
        assertThat(ditches).singleElement().satisfies(ditch -> {
            assertThat(ditch.isNamed()).isFalse();
            assertThat(ditch.geometry()).isInstanceOf(LineString.class);
        });
    }

    @Test
    void namedWaterAreaIsAPolygonOfClassWater() {
        assertThat(waterways(WaterwayClass.WATER)).singleElement().satisfies(water -> {
            assertThat(water.name()).isEqualTo("月牙湖");
            assertThat(water.geometry()).isInstanceOf(Polygon.class);
        });
    }

    @Test
    void namedBuildingIsAPolygonAndNamedSchoolAPoint() {
        List<Landmark> landmarks = extract.layers().features(Layer.LANDMARKS, Landmark.class);
        assertThat(landmarks).extracting(Landmark::name, Landmark::type).containsExactly(
                tuple("漷县镇政府办公楼", LandmarkType.BUILDING),
                tuple("漷县中心小学", LandmarkType.POI));
        assertThat(landmarks.get(0).geometry()).isInstanceOf(Polygon.class);
        assertThat(landmarks.get(1).geometry()).isInstanceOf(Point.class);
        assertThat(landmarks.get(1).geometry().getCoordinate()).isEqualTo(new Coordinate(116.762, 39.762));
    }

    @Test
    void reportNamesOnlyWhatWasSkipped() {
        assertThat(extract.skipped()).hasSize(2);
        assertThat(extract.notes()).isEmpty();
    }

    private static AdminArea admin(String code) {
        return extract.layers().features(Layer.ADMIN, AdminArea.class).stream()
                .filter(a -> a.code().equals(code)).findFirst().orElseThrow(() -> new AssertionError("no admin area " + code
                        + " in " + extract.layers().features(Layer.ADMIN) + "; skipped " + extract.skipped()));
    }

    private static List<Waterway> waterways(WaterwayClass waterwayClass) {
        return extract.layers().features(Layer.WATERWAYS, Waterway.class).stream()
                .filter(w -> w.waterwayClass() == waterwayClass).toList();
    }
}
