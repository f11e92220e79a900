package cn.luodian.geo.demo;

import cn.luodian.geo.demo.VillageLayout.PlacedVillage;
import cn.luodian.geo.layer.Landmark;
import cn.luodian.geo.layer.LandmarkType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Named points and buildings in villages (示意数据): each 村/社区 committee's office at the
 * village centre, and in each 社区 four residential blocks ("…N号楼") on both sides of its street,
 * which the urban location sentences refer to ("…80号楼北侧").
 */
final class VillageLandmarks {
    private static final double OFFICE_OFFSET_METRES = 20;
    private static final double[] BLOCK_ALONG_METRES = {-50, 50};
    private static final double[] BLOCK_ACROSS_METRES = {38, -38};
    static final double BLOCK_LENGTH_METRES = 60;
    static final double BLOCK_DEPTH_METRES = 14;

    private VillageLandmarks() {
    }

    /** Offices in village order, then the blocks; a block that would overlap a {@code reserved} one is left out. */
    static List<Landmark> draw(List<PlacedVillage> villages, Map<String, String> townshipNames, List<Landmark> reserved) {
        List<Landmark> offices = new ArrayList<>();
        List<Landmark> blocks = new ArrayList<>();
        for (PlacedVillage village : villages) {
            GeometryFactory factory = village.area().getFactory();
            boolean rural = VillageLayout.isVillageCommittee(village.code());
            String bareName = village.code().bareName();
            if (rural) {
                offices.add(new Landmark(bareName + "村委会", LandmarkType.POI, factory.createPoint(village.seed())));
                continue;
            }
            boolean eastWest = VillageRoads.streetRunsEastWest(village.area());
            Coordinate office = offset(village.seed(), eastWest, 0, OFFICE_OFFSET_METRES);
            offices.add(new Landmark(bareName + "居委会", LandmarkType.POI, factory.createPoint(office)));
            String stem = VillageRoadNames.communityStem(bareName);
            if (stem.isEmpty()) {
                stem = VillageRoadNames.shortTownshipName(townshipNames.get(village.code().parentCode())) + "商务";
            }
            PreparedGeometry inside = PreparedGeometryFactory.prepare(village.area());
            int number = 1;
            for (double across : BLOCK_ACROSS_METRES) {
                for (double along : BLOCK_ALONG_METRES) {
                    Polygon block = block(factory, offset(village.seed(), eastWest, along, across), eastWest, BLOCK_LENGTH_METRES);
                    if (inside.contains(block) && reserved.stream().noneMatch(r -> r.geometry().intersects(block))) {
                        blocks.add(new Landmark(stem + number + "号楼", LandmarkType.BUILDING, block));
                    }
                    number++;
                }
            }
        }
        List<Landmark> landmarks = new ArrayList<>(offices);
        landmarks.addAll(blocks);
        return landmarks;
    }

    /** A point {@code along} the street direction and {@code across} it (north or west positive). */
    static Coordinate offset(Coordinate origin, boolean eastWest, double along, double across) {
        return eastWest ? new Coordinate(origin.x + along, origin.y + across) : new Coordinate(origin.x - across, origin.y + along);
    }

    /** A block's footprint centred on {@code centre}, its long side along the street. */
    static Polygon block(GeometryFactory factory, Coordinate centre, boolean eastWest, double lengthMetres) {
        double halfX = (eastWest ? lengthMetres : BLOCK_DEPTH_METRES) / 2;
        double halfY = (eastWest ? BLOCK_DEPTH_METRES : lengthMetres) / 2;
        return factory.createPolygon(new Coordinate[] {
                new Coordinate(centre.x - halfX, centre.y - halfY), new Coordinate(centre.x + halfX, centre.y - halfY),
                new Coordinate(centre.x + halfX, centre.y + halfY), new Coordinate(centre.x - halfX, centre.y + halfY),
                new Coordinate(centre.x - halfX, centre.y - halfY)});
    }
}
