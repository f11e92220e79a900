package cn.luodian.geo.io.osm;

import static cn.luodian.geo.io.osm.OsmPbfFixtureWriter.inner;
import static cn.luodian.geo.io.osm.OsmPbfFixtureWriter.outer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.geo.io.ImportException;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.DivisionCode;
import cn.luodian.geo.layer.Landmark;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.Waterway;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Polygon;

/** Cases the committed fixture does not hold, each written to a small PBF of its own. */
class OsmPbfExtractorCasesTest {
    @TempDir
    Path dir;

    private final OsmPbfExtractor extractor = new OsmPbfExtractor();

    @Test
    void enclosingDistrictPicksTheTownshipAmongNamesakes() throws IOException {
        List<DivisionCode> gazetteer = new ArrayList<>(OsmPbfExtractorTest.GAZETTEER);
        gazetteer.add(new DivisionCode("110113106", "漷县镇", "110113")); // made up, in another district
        OsmExtract extract = extractor.extract(write(TongzhouMiniPbfForTest.writer()), gazetteer);
        assertThat(extract.layers().features(Layer.ADMIN, AdminArea.class))
                .extracting(AdminArea::code).containsExactly("110112", "110112106", "110112106213");
    }

    @Test
    void withoutAGazetteerOnlyTaggedCodesAreKept() throws IOException {
        OsmExtract extract = extractor.extract(write(TongzhouMiniPbfForTest.writer()), List.of());
        assertThat(extract.layers().features(Layer.ADMIN, AdminArea.class)).extracting(AdminArea::code).containsExactly("110112");
        assertThat(extract.skipped()).filteredOn(line -> line.contains("no division code"))
                .extracting(line -> line.substring(0, line.indexOf(':')))
                .containsExactly("relation 1002 (漷县镇)", "relation 1003 (长凌营村)", "relation 1004 (小王庄村)");
    }

    @Test
    void textFileIsRefusedWithAClearMessage() throws IOException {
        Path text = dir.resolve("tongzhou.osm.pbf");
        Files.writeString(text, "<?xml version='1.0' encoding='UTF-8'?>\n<osm version=\"0.6\">\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> extractor.extract(text, List.of()))
                .isInstanceOf(ImportException.class)
                .hasMessage(text + "：不是 OpenStreetMap PBF 文件：文件开头不是 PBF 数据块头"
                        + "（前 4 个字节给出的长度为 1010792557 字节）");
    }

    @Test
    void truncatedFileIsRefused() throws IOException {
        byte[] whole = TongzhouMiniPbfForTest.writer().toBytes();
        Path truncated = Files.write(dir.resolve("cut.osm.pbf"), Arrays.copyOf(whole, whole.length - 100));
        assertThatThrownBy(() -> extractor.extract(truncated, List.of()))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("文件不完整");
    }

    @Test
    void boundaryWithAMemberWayMissingFromTheFileIsSkipped() throws IOException {
        OsmPbfFixtureWriter w = square(new OsmPbfFixtureWriter(), 1, 100, 116.7, 39.7, 0.1);
        w.relation(1, List.of(outer(100), outer(101)), "type", "boundary", "boundary", "administrative",
                "admin_level", "6", "name", "通州区", "ref", "110112");
        OsmExtract extract = extractor.extract(write(w), List.of());
        assertThat(extract.layers().features(Layer.ADMIN)).isEmpty();
        assertThat(extract.skipped()).containsExactly(
                "relation 1 (通州区): 1 outer member way(s) missing from the file");
    }

    @Test
    void boundaryWithARingThatDoesNotCloseIsSkippedWhereAWaterAreaKeepsTheRest() throws IOException {
        OsmPbfFixtureWriter w = square(new OsmPbfFixtureWriter(), 1, 100, 116.70, 39.70, 0.10);
        w.node(11, 116.90, 39.90).node(12, 116.91, 39.90).node(13, 116.91, 39.91)
                .way(110, new long[] {11, 12, 13}, "boundary", "administrative");
        w.relation(1, List.of(outer(100), outer(110)), "type", "boundary", "boundary", "administrative",
                "admin_level", "6", "name", "通州区", "ref", "110112");
        w.relation(2, List.of(outer(100), outer(110)), "type", "multipolygon", "natural", "water", "name", "大湖");
        OsmExtract extract = extractor.extract(write(w), List.of());
        assertThat(extract.layers().features(Layer.ADMIN)).isEmpty();
        assertThat(extract.skipped()).containsExactly("relation 1 (通州区): 1 outer ring(s) do not close");
        assertThat(extract.layers().features(Layer.WATERWAYS, Waterway.class)).extracting(Waterway::name)
                .containsExactly("大湖");
        assertThat(extract.notes()).containsExactly(
                "relation 2 (大湖): 1 outer ring(s) do not close: area built from the closed rings");
    }

    @Test
    void secondBoundaryWithTheSameCodeIsSkipped() throws IOException {
        OsmPbfFixtureWriter w = square(new OsmPbfFixtureWriter(), 1, 100, 116.7, 39.7, 0.1);
        for (long id : new long[] {1, 2}) {
            w.relation(id, List.of(outer(100)), "type", "boundary", "boundary", "administrative",
                    "admin_level", "6", "name", "通州区", "ref", "110112");
        }
        OsmExtract extract = extractor.extract(write(w), List.of());
        assertThat(extract.layers().features(Layer.ADMIN)).hasSize(1);
        assertThat(extract.skipped()).containsExactly(
                "relation 2 (通州区): division code 110112 is already taken by relation 1 (通州区)");
    }

    @Test
    void waterMultipolygonGetsItsHoleAndUnnamedWaterIsCountedNotListed() throws IOException {
        OsmPbfFixtureWriter w = new OsmPbfFixtureWriter();
        square(w, 1, 100, 116.70, 39.70, 0.10);
        square(w, 11, 110, 116.72, 39.72, 0.02);
        square(w, 21, 120, 116.90, 39.90, 0.01);
        w.way(130, new long[] {21, 22, 23}, "natural", "water", "name", "断湖");
        w.way(120, new long[] {21, 22, 23, 24, 21}, "natural", "water");
        w.relation(1, List.of(outer(100), inner(110)), "type", "multipolygon", "natural", "water", "name", "大湖");
        OsmExtract extract = extractor.extract(write(w), List.of());
        assertThat(extract.layers().features(Layer.WATERWAYS, Waterway.class)).singleElement().satisfies(lake -> {
            assertThat(lake.name()).isEqualTo("大湖");
            assertThat(((Polygon) lake.geometry()).getNumInteriorRing()).isEqualTo(1);
        });
        assertThat(extract.skipped()).containsExactly(
                "way 130 (断湖): tagged as an area but not closed",
                "1 unnamed water area(s): dropped, only named water areas are kept");
    }

    @Test
    void selfIntersectingBuildingIsRepairedAndNoted() throws IOException {
        //  4 ---- 3
        //    \  /        the way runs 1-2-4-3-1: a bow tie crossing itself in the middle
        //    /  \
        //  1 ---- 2
        OsmPbfFixtureWriter w = new OsmPbfFixtureWriter()
                .node(1, 116.70, 39.70).node(2, 116.71, 39.70).node(3, 116.71, 39.71).node(4, 116.70, 39.71)
                .way(400, new long[] {1, 2, 4, 3, 1}, "building", "yes", "name", "蝴蝶楼");
        OsmExtract extract = extractor.extract(write(w), List.of());
        assertThat(extract.layers().features(Layer.LANDMARKS, Landmark.class)).singleElement()
                .satisfies(building -> assertThat(building.geometry().isValid()).isTrue());
        assertThat(extract.notes()).containsExactly(
                "way 400 (蝴蝶楼): invalid Polygon repaired to a valid MultiPolygon");
    }

    @Test
    void lineWithNodesClippedAwayIsBuiltFromTheRestAndNoted() throws IOException {
        OsmPbfFixtureWriter w = new OsmPbfFixtureWriter()
                .node(1, 116.70, 39.70).node(2, 116.71, 39.70)
                .way(200, new long[] {1, 2, 3, 4}, "highway", "primary", "name", "通马路");
        OsmExtract extract = extractor.extract(write(w), List.of());
        assertThat(extract.layers().features(Layer.ROADS, Road.class)).singleElement()
                .satisfies(road -> assertThat(road.geometry().getNumPoints()).isEqualTo(2));
        assertThat(extract.notes()).containsExactly(
                "1 way(s) refer to 2 node(s) missing from the file (a clipped extract?): built from the nodes present");
    }

    @Test
    void namedRoadWaysThatDoNotMeetStaySeparate() throws IOException {
        OsmPbfFixtureWriter w = new OsmPbfFixtureWriter()
                .node(1, 116.70, 39.70).node(2, 116.71, 39.70).node(3, 116.75, 39.70).node(4, 116.76, 39.70)
                .way(200, new long[] {1, 2}, "highway", "residential", "name", "环路")
                .way(201, new long[] {3, 4}, "highway", "residential", "name", "环路");
        OsmExtract extract = extractor.extract(write(w), List.of());
        assertThat(extract.layers().features(Layer.ROADS)).hasSize(2);
    }

    /** A closed square way {@code wayId} of side {@code size} degrees, nodes firstNode … firstNode + 3. */
    private static OsmPbfFixtureWriter square(OsmPbfFixtureWriter w, long firstNode, long wayId, double lon, double lat, double size) {
        w.node(firstNode, lon, lat).node(firstNode + 1, lon + size, lat)
                .node(firstNode + 2, lon + size, lat + size).node(firstNode + 3, lon, lat + size);
        return w.way(wayId, new long[] {firstNode, firstNode + 1, firstNode + 2, firstNode + 3, firstNode}, "boundary", "administrative");
    }

    private Path write(OsmPbfFixtureWriter writer) throws IOException {
        return Files.write(Files.createTempFile(dir, "case", ".osm.pbf"), writer.toBytes());
    }
}
