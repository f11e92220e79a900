package cn.luodian.geo.demo;

import cn.luodian.geo.demo.VillageLayout.PlacedVillage;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.RoadClass;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The roads inside villages (示意数据): every 村 gets a ring road around its centre and a dirt
 * track to its nearest neighbour's ring, every 社区 a named street through its centre and an
 * unnamed service lane across it. So each village has at least one named road of its own.
 */
final class VillageRoads {
    static final double MAX_RING_RADIUS_METRES = 220;
    private static final double RING_RADIUS_SHARE_OF_ROOM = 0.45;
    private static final int RING_SIDES = 16;
    private static final double STREET_HALF_LENGTH_METRES = 5_000;
    private static final double SERVICE_HALF_LENGTH_METRES = 90;

    private VillageRoads() {
    }

    /** Named roads in village order, then the unnamed ones. */
    static List<Road> draw(List<PlacedVillage> villages, Map<String, String> roadNameByVillage) {
        List<Road> named = new ArrayList<>();
        List<Road> unnamed = new ArrayList<>();
        for (PlacedVillage village : villages) {
            String name = roadNameByVillage.get(village.code().code());
            if (VillageLayout.isVillageCommittee(village.code())) {
                named.add(new Road(name, RoadClass.UNCLASSIFIED, "", ring(village)));
            } else {
                named.add(new Road(name, RoadClass.RESIDENTIAL, "", street(village, true, STREET_HALF_LENGTH_METRES)));
                unnamed.add(new Road("", RoadClass.SERVICE, "", street(village, false, SERVICE_HALF_LENGTH_METRES)));
            }
        }
        unnamed.addAll(tracks(villages));
        List<Road> roads = new ArrayList<>(named);
        roads.addAll(unnamed);
        return roads;
    }

    /** The ring road's radius: well inside the village, at most {@link #MAX_RING_RADIUS_METRES}. */
    static double ringRadiusMetres(PlacedVillage village) {
        double room = village.area().getExteriorRing().distance(village.area().getFactory().createPoint(village.seed()));
        return Math.min(MAX_RING_RADIUS_METRES, RING_RADIUS_SHARE_OF_ROOM * room);
    }

    /** A community's main street runs along the longer side of its area. */
    static boolean streetRunsEastWest(Polygon area) {
        return area.getEnvelopeInternal().getWidth() >= area.getEnvelopeInternal().getHeight();
    }

    private static LineString ring(PlacedVillage village) {
        double radius = ringRadiusMetres(village);
        Coordinate[] ring = new Coordinate[RING_SIDES + 1];
        for (int i = 0; i < RING_SIDES; i++) {
            double angle = 2 * Math.PI * i / RING_SIDES;
            ring[i] = new Coordinate(village.seed().x + radius * Math.cos(angle), village.seed().y + radius * Math.sin(angle));
        }
        ring[RING_SIDES] = ring[0];
        return village.area().getFactory().createLineString(ring);
    }

    /** A straight line through the centre, along (or across) the main direction, cut at the village edge. */
    private static LineString street(PlacedVillage village, boolean along, double halfLengthMetres) {
        boolean eastWest = streetRunsEastWest(village.area()) == along;
        Coordinate c = village.seed();
        Coordinate[] ends = eastWest
                ? new Coordinate[] {new Coordinate(c.x - halfLengthMetres, c.y), new Coordinate(c.x + halfLengthMetres, c.y)}
                : new Coordinate[] {new Coordinate(c.x, c.y + halfLengthMetres), new Coordinate(c.x, c.y - halfLengthMetres)};
        GeometryFactory factory = village.area().getFactory();
        Geometry inside = factory.createLineString(ends).intersection(village.area());
        for (int i = 0; i < inside.getNumGeometries(); i++) {
            if (inside.getGeometryN(i).distance(factory.createPoint(c)) < 1e-6) {
                return (LineString) inside.getGeometryN(i);
            }
        }
        throw new IllegalStateException("the street of " + village.code().code() + " misses its centre");
    }

    /** Each 村's ring linked to the ring of its nearest 村, each pair once. */
    private static List<Road> tracks(List<PlacedVillage> villages) {
        List<PlacedVillage> rural = villages.stream().filter(v -> VillageLayout.isVillageCommittee(v.code())).toList();
        List<Road> tracks = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        for (PlacedVillage village : rural) {
            PlacedVillage nearest = null;
            for (PlacedVillage other : rural) {
                if (other != village && (nearest == null
                        || other.seed().distance(village.seed()) < nearest.seed().distance(village.seed()))) {
                    nearest = other;
                }
            }
            if (nearest == null) {
                continue;
            }
            String a = village.code().code();
            String b = nearest.code().code();
            if (linked.add(a.compareTo(b) < 0 ? a + b : b + a)) {
                tracks.add(new Road("", RoadClass.TRACK, "", link(village, nearest)));
            }
        }
        return tracks;
    }

    private static LineString link(PlacedVillage from, PlacedVillage to) {
        Coordinate a = from.seed();
        Coordinate b = to.seed();
        double length = a.distance(b);
        double ux = (b.x - a.x) / length;
        double uy = (b.y - a.y) / length;
        double ra = ringRadiusMetres(from);
        double rb = ringRadiusMetres(to);
        return from.area().getFactory().createLineString(new Coordinate[] {
                new Coordinate(a.x + ra * ux, a.y + ra * uy), new Coordinate(b.x - rb * ux, b.y - rb * uy)});
    }
}
