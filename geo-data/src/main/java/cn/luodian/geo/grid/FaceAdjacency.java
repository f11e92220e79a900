package cn.luodian.geo.grid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Which faces of a noded polygon coverage share an edge, and how long that edge is. "Noded" means
 * that two neighbours have the same vertices along their common boundary, as the faces of one
 * polygonization do; segments are then matched exactly, with no tolerance to tune.
 */
public final class FaceAdjacency {

    private FaceAdjacency() {
    }

    /**
     * For each face (by index), its neighbours' indexes with the length of the shared boundary in
     * the coordinates' units. Faces that meet only at a point are not neighbours.
     */
    public static List<Map<Integer, Double>> sharedEdgeLengths(List<Polygon> faces) {
        Map<Segment, List<Integer>> facesBySegment = new HashMap<>();
        for (int i = 0; i < faces.size(); i++) {
            for (Segment segment : segments(faces.get(i))) {
                facesBySegment.computeIfAbsent(segment, s -> new ArrayList<>(2)).add(i);
            }
        }
        List<Map<Integer, Double>> shared = new ArrayList<>(faces.size());
        // Walk the faces in order rather than the hash map, so that sums come out the same every run.
        for (int i = 0; i < faces.size(); i++) {
            Map<Integer, Double> neighbours = new TreeMap<>();
            for (Segment segment : segments(faces.get(i))) {
                for (int j : facesBySegment.get(segment)) {
                    if (j != i) {
                        neighbours.merge(j, segment.length(), Double::sum);
                    }
                }
            }
            shared.add(neighbours);
        }
        return shared;
    }

    private static List<Segment> segments(Polygon polygon) {
        List<Segment> segments = new ArrayList<>();
        addSegments(polygon.getExteriorRing(), segments);
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            addSegments(polygon.getInteriorRingN(h), segments);
        }
        return segments;
    }

    private static void addSegments(LineString ring, List<Segment> segments) {
        Coordinate[] coordinates = ring.getCoordinates();
        for (int k = 0; k + 1 < coordinates.length; k++) {
            if (!coordinates[k].equals2D(coordinates[k + 1])) {
                segments.add(Segment.of(coordinates[k], coordinates[k + 1]));
            }
        }
    }

    /** A segment with its end points in a fixed order, so that both orientations compare equal. */
    private record Segment(double x0, double y0, double x1, double y1) {

        static Segment of(Coordinate a, Coordinate b) {
            boolean aFirst = a.x < b.x || (a.x == b.x && a.y < b.y);
            return aFirst ? new Segment(a.x, a.y, b.x, b.y) : new Segment(b.x, b.y, a.x, a.y);
        }

        double length() {
            return Math.hypot(x1 - x0, y1 - y0);
        }
    }
}
