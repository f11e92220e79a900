package cn.luodian.geo.io.osm;

import static cn.luodian.geo.io.osm.OsmPbfFixtureWriter.inner;
import static cn.luodian.geo.io.osm.OsmPbfFixtureWriter.outer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The content of {@code src/test/resources/osm/tongzhou-mini.osm.pbf}: a made-up corner of 通州区
 * with one of each thing the extractor handles. The committed file is this class's output; to
 * change it, edit here and run {@link #main} from the geo-data directory.
 *
 * <pre>
 *  39.95 +--------------------------------------------------------+  通州区 (way 100, ref=110112)
 *        |  北运河 (ways 300 + 301, meeting at node 43)              |
 *  39.80 |        +---------------- way 111 -------------+        |
 *        |        |  长凌营村 (way 120)  with 长凌营环路, 月牙湖,   |        |
 *        |        |  the building, the school and the ditch       |  way 110 + way 111 = 漷县镇
 *        |        |  [hole: way 112]            小王庄村 (way 130) |        |
 *  39.72 |        +---------------- way 110 -------------+        |
 *  39.70 +--------------------------------------------------------+
 *      116.60   116.70                                  116.80    116.90
 * </pre>
 */
final class TongzhouMiniPbfForTest {
    static final String RESOURCE = "/osm/tongzhou-mini.osm.pbf";

    private TongzhouMiniPbfForTest() {
    }

    static OsmPbfFixtureWriter writer() {
        OsmPbfFixtureWriter w = new OsmPbfFixtureWriter();
        // 通州区, one closed way
        w.node(1, 116.60, 39.70).node(2, 116.90, 39.70).node(3, 116.90, 39.95).node(4, 116.60, 39.95);
        // 漷县镇: two ways that meet at nodes 11 and 13, and a hole
        w.node(11, 116.70, 39.72).node(12, 116.80, 39.72).node(13, 116.80, 39.80).node(14, 116.70, 39.80);
        w.node(15, 116.71, 39.73).node(16, 116.72, 39.73).node(17, 116.72, 39.74).node(18, 116.71, 39.74);
        // 长凌营村 and 小王庄村
        w.node(21, 116.74, 39.75).node(22, 116.77, 39.75).node(23, 116.77, 39.78).node(24, 116.74, 39.78);
        w.node(25, 116.78, 39.73).node(26, 116.79, 39.73).node(27, 116.79, 39.74).node(28, 116.78, 39.74);
        // roads
        w.node(31, 116.745, 39.755).node(32, 116.765, 39.755).node(33, 116.765, 39.775);
        w.node(34, 116.81, 39.72).node(35, 116.82, 39.73);
        w.node(36, 116.73, 39.76).node(37, 116.735, 39.77);
        w.node(38, 116.75, 39.79);
        // waterways
        w.node(41, 116.68, 39.90).node(42, 116.72, 39.85).node(43, 116.76, 39.81);
        w.node(44, 116.80, 39.76).node(45, 116.85, 39.70);
        w.node(46, 116.75, 39.785).node(47, 116.76, 39.79);
        w.node(51, 116.75, 39.765).node(52, 116.755, 39.765).node(53, 116.755, 39.77).node(54, 116.75, 39.77);
        // landmarks, and a node whose tags make nothing
        w.node(61, 116.7600, 39.7600).node(62, 116.7605, 39.7600).node(63, 116.7605, 39.7604).node(64, 116.7600, 39.7604);
        w.node(72, 116.755, 39.755, "highway", "crossing", "crossing", "zebra");
        w.plainNode(73, 116.762, 39.762, "amenity", "school", "name", "漷县中心小学");

        w.way(100, ids(1, 2, 3, 4, 1), "boundary", "administrative");
        w.way(110, ids(11, 12, 13), "boundary", "administrative");
        w.way(111, ids(11, 14, 13), "boundary", "administrative");
        w.way(112, ids(15, 16, 17, 18, 15), "boundary", "administrative");
        w.way(120, ids(21, 22, 23, 24, 21), "boundary", "administrative");
        w.way(130, ids(25, 26, 27, 28, 25), "boundary", "administrative");
        w.way(200, ids(31, 32, 33), "highway", "residential", "name", "长凌营环路");
        w.way(201, ids(34, 35), "highway", "motorway_link", "ref", "S15", "oneway", "yes");
        w.way(202, ids(36, 37), "highway", "track", "tracktype", "grade3");
        w.way(203, ids(38, 38), "highway", "service");
        w.way(300, ids(41, 42, 43), "waterway", "river", "name", "北运河");
        w.way(301, ids(43, 44, 45), "waterway", "river", "name", "北运河", "name:en", "North Canal");
        w.way(302, ids(46, 47), "waterway", "ditch");
        w.way(303, ids(51, 52, 53, 54, 51), "natural", "water", "water", "pond", "name", "月牙湖");
        w.way(400, ids(61, 62, 63, 64, 61), "building", "public", "name", "漷县镇政府办公楼");

        w.relation(1001, List.of(outer(100)), "type", "boundary", "boundary", "administrative",
                "admin_level", "6", "name", "通州区", "ref", "110112");
        w.relation(1002, List.of(outer(110), outer(111), inner(112)), "type", "boundary",
                "boundary", "administrative", "admin_level", "8", "name", "漷县镇");
        w.relation(1003, List.of(outer(120)), "type", "boundary", "boundary", "administrative",
                "admin_level", "10", "name", "长凌营村");
        w.relation(1004, List.of(outer(130)), "type", "boundary", "boundary", "administrative",
                "admin_level", "10", "name", "小王庄村");
        return w;
    }

    private static long[] ids(long... ids) {
        return ids;
    }

    /** Writes the fixture; run from the geo-data directory. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of("src/test/resources" + RESOURCE);
        Files.write(target, writer().toBytes());
        System.out.println("wrote " + Files.size(target) + " bytes to " + target.toAbsolutePath());
    }
}
