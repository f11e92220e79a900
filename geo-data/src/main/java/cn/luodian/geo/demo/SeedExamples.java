package cn.luodian.geo.demo;

import cn.luodian.geo.layer.Landmark;
import cn.luodian.geo.layer.LandmarkType;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.Waterway;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * Puts the places of the two location sentences in the seed articles where the sentences can be
 * true of the demo data:
 * "潞县镇长凌营村距长凌营环路约124米,距北运河约465米" — 长凌营村 (漷县镇) lies beside the 北运河,
 * its ring road a few hundred metres from the river, and no other named road or waterway nearer;
 * "梨园地区群芳中一街群芳三园西区80号楼北侧" — blocks 78–81 of 群芳三园西区 line the north side of
 * 群芳中一街 in 梨园镇, next to 群芳园社区.
 */
final class SeedExamples {
    static final String CHANGLINGYING_VILLAGE = "110112106213";
    static final String QUNFANGYUAN_COMMUNITY = "110112121013";
    /** Where 长凌营村's centre sits from the 北运河; its ring road then runs about 450 m from the river. */
    static final double CHANGLINGYING_FROM_RIVER_METRES = 650;
    private static final double CANDIDATE_STEP_METRES = 100;
    private static final double CLEAR_OF_ROADS_METRES = 800;
    private static final double CLEAR_OF_OTHER_WATERWAYS_METRES = 900;
    private static final double QUNFANGYUAN_LON = 116.6440;
    private static final double QUNFANGYUAN_LAT = 39.8740;
    private static final double BLOCK_80_SHARE_ALONG_STREET = 0.58;
    private static final double BLOCKS_NORTH_OF_STREET_METRES = 40;
    private static final double BLOCK_SPACING_METRES = 100;

    private SeedExamples() {
    }

    /** Hand-placed village seeds, by village code. */
    static Map<String, Coordinate> pinnedSeeds(MetricPaths paths, Map<String, Polygon> townships,
            List<Waterway> waterways, List<Road> mainRoads) {
        Map<String, Coordinate> pinned = new LinkedHashMap<>();
        pinned.put(CHANGLINGYING_VILLAGE, besideNorthCanal(townships.get("110112106"), waterways, mainRoads));
        Coordinate qunfang = paths.point(QUNFANGYUAN_LON, QUNFANGYUAN_LAT);
        if (!townships.get("110112121").contains(paths.factory().createPoint(qunfang))) {
            throw new IllegalStateException("群芳园社区's seed is not in 梨园镇");
        }
        pinned.put(QUNFANGYUAN_COMMUNITY, qunfang);
        return pinned;
    }

    /** 群芳三园西区78号楼 … 81号楼, north of 群芳中一街. */
    static List<Landmark> qunfangSanyuanWestBlocks(Road qunfangStreet) {
        LineString street = (LineString) qunfangStreet.geometry().getGeometryN(0);
        LengthIndexedLine along = new LengthIndexedLine(street);
        double block80 = BLOCK_80_SHARE_ALONG_STREET * street.getLength();
        List<Landmark> blocks = new ArrayList<>();
        for (int number = 78; number <= 81; number++) {
            Coordinate onStreet = along.extractPoint(block80 + (number - 80) * BLOCK_SPACING_METRES);
            Coordinate centre = new Coordinate(onStreet.x, onStreet.y + BLOCKS_NORTH_OF_STREET_METRES);
            Polygon footprint = VillageLandmarks.block(street.getFactory(), centre, true, 50);
            blocks.add(new Landmark("群芳三园西区" + number + "号楼", LandmarkType.BUILDING, footprint));
        }
        return blocks;
    }

    /**
     * The point {@link #CHANGLINGYING_FROM_RIVER_METRES} to either side of the 北运河 inside 漷县镇
     * that lies deepest inside the township, of those clear of other named roads and waterways.
     */
    private static Coordinate besideNorthCanal(Polygon township, List<Waterway> waterways, List<Road> mainRoads) {
        Geometry river = waterways.stream().filter(w -> w.name().equals(NamedWaterways.NORTH_CANAL))
                .findFirst().orElseThrow().geometry();
        LineString line = (LineString) river.getGeometryN(0);
        LengthIndexedLine along = new LengthIndexedLine(line);
        Coordinate best = null;
        double bestDepth = 0;
        for (double at = CANDIDATE_STEP_METRES; at < line.getLength() - CANDIDATE_STEP_METRES; at += CANDIDATE_STEP_METRES) {
            Coordinate before = along.extractPoint(at - 1);
            Coordinate after = along.extractPoint(at + 1);
            Coordinate here = along.extractPoint(at);
            double length = before.distance(after);
            double nx = -(after.y - before.y) / length;
            double ny = (after.x - before.x) / length;
            for (int side : new int[] {1, -1}) {
                Coordinate candidate = new Coordinate(here.x + side * nx * CHANGLINGYING_FROM_RIVER_METRES,
                        here.y + side * ny * CHANGLINGYING_FROM_RIVER_METRES);
                Geometry point = township.getFactory().createPoint(candidate);
                double depth = township.getExteriorRing().distance(point);
                if (township.contains(point) && depth > bestDepth
                        && river.distance(point) > CHANGLINGYING_FROM_RIVER_METRES - 1
                        && mainRoads.stream().allMatch(r -> r.geometry().distance(point) > CLEAR_OF_ROADS_METRES)
                        && waterways.stream().filter(w -> !w.name().equals(NamedWaterways.NORTH_CANAL))
                                .allMatch(w -> w.geometry().distance(point) > CLEAR_OF_OTHER_WATERWAYS_METRES)) {
                    best = candidate;
                    bestDepth = depth;
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("no room for 长凌营村 beside the 北运河 in 漷县镇");
        }
        return best;
    }
}
