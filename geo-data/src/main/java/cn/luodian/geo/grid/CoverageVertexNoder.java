package cn.luodian.geo.grid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Removes T-junctions from a polygon coverage: makes vertices that lie within a tolerance of each
 * other identical, and inserts into every edge the vertices of other polygons that lie on it.
 *
 * <p>Pieces cut separately (the grid of one village, then of its neighbour) meet along the same
 * line, but with different vertices on it, and where both computed the same crossing point the two
 * results may differ in the last bits. In metres that is harmless; once the vertices are moved to
 * lon/lat, a straight edge between far-apart vertices no longer passes exactly through a vertex
 * that sat on it (the projection bends straight lines by about a centimetre per kilometre), and
 * thin gaps and overlaps appear. With one shared vertex everywhere, each side maps the same way.
 */
public final class CoverageVertexNoder {
    /** Far below any distance that matters, far above the rounding error of northings near 4,400 km. */
    public static final double DEFAULT_TOLERANCE_METRES = 1e-6;

    private final double toleranceMetres;
    private final VertexSnapper snapper;
    private final STRtree vertexIndex = new STRtree();

    /**
     * Indexes the vertices of the sources. Of vertices within the tolerance of each other, the first
     * in source order is the one every polygon will use.
     */
    public CoverageVertexNoder(Collection<? extends Geometry> vertexSources, double toleranceMetres) {
        this.toleranceMetres = toleranceMetres;
        this.snapper = new VertexSnapper(toleranceMetres);
        for (Geometry source : vertexSources) {
            for (Coordinate c : source.getCoordinates()) {
                if (snapper.find(c) == null) {
                    Coordinate canonical = snapper.add(c);
                    vertexIndex.insert(new Envelope(canonical), canonical);
                }
            }
        }
        vertexIndex.build();
    }

    /** A copy of a Polygon or MultiPolygon with its vertices snapped and the indexed vertices on its edges added. */
    public Geometry node(Geometry polygonal) {
        GeometryFactory factory = polygonal.getFactory();
        Polygon[] parts = new Polygon[polygonal.getNumGeometries()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = node((Polygon) polygonal.getGeometryN(i), factory);
        }
        return polygonal instanceof Polygon ? parts[0] : factory.createMultiPolygon(parts);
    }

    private Polygon node(Polygon polygon, GeometryFactory factory) {
        LinearRing shell = node(polygon.getExteriorRing().getCoordinates(), factory);
        LinearRing[] holes = new LinearRing[polygon.getNumInteriorRing()];
        for (int h = 0; h < holes.length; h++) {
            holes[h] = node(polygon.getInteriorRingN(h).getCoordinates(), factory);
        }
        return factory.createPolygon(shell, holes);
    }

    private LinearRing node(Coordinate[] ring, GeometryFactory factory) {
        Coordinate[] snapped = new Coordinate[ring.length];
        for (int k = 0; k < ring.length; k++) {
            Coordinate known = snapper.find(ring[k]);
            snapped[k] = known != null ? known : ring[k];
        }
        List<Coordinate> result = new ArrayList<>(ring.length);
        for (int k = 0; k + 1 < snapped.length; k++) {
            append(result, snapped[k]);
            for (Coordinate onEdge : verticesOn(snapped[k], snapped[k + 1])) {
                append(result, onEdge);
            }
        }
        append(result, snapped[snapped.length - 1]);
        return factory.createLinearRing(result.toArray(Coordinate[]::new));
    }

    private static void append(List<Coordinate> ring, Coordinate c) {
        if (ring.isEmpty() || !ring.get(ring.size() - 1).equals2D(c)) {
            ring.add(c);
        }
    }

    /** Indexed vertices within the tolerance of segment a–b but not of its ends, ordered from a to b. */
    private List<Coordinate> verticesOn(Coordinate a, Coordinate b) {
        Envelope search = new Envelope(a, b);
        search.expandBy(toleranceMetres);
        LineSegment segment = new LineSegment(a, b);
        List<Coordinate> found = new ArrayList<>();
        for (Object item : vertexIndex.query(search)) {
            Coordinate vertex = (Coordinate) item;
            if (vertex.distance(a) > toleranceMetres && vertex.distance(b) > toleranceMetres
                    && Distance.pointToSegment(vertex, a, b) <= toleranceMetres) {
                found.add(vertex);
            }
        }
        found.sort(Comparator.comparingDouble(segment::projectionFactor));
        return found;
    }

    /** Finds the first-added vertex within the tolerance of a point, by a hash of tolerance-sized buckets. */
    private static final class VertexSnapper {
        private final double tolerance;
        private final Map<Long, List<Coordinate>> buckets = new HashMap<>();

        VertexSnapper(double tolerance) {
            this.tolerance = tolerance;
        }

        /** Adds a copy of {@code c}, which no known vertex is within the tolerance of. */
        Coordinate add(Coordinate c) {
            Coordinate copy = new Coordinate(c.x, c.y);
            buckets.computeIfAbsent(key(bucket(c.x), bucket(c.y)), k -> new ArrayList<>(1)).add(copy);
            return copy;
        }

        /** The first known vertex within the tolerance of {@code c}, or null. */
        Coordinate find(Coordinate c) {
            long bx = bucket(c.x);
            long by = bucket(c.y);
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    List<Coordinate> bucket = buckets.get(key(bx + dx, by + dy));
                    if (bucket != null) {
                        for (Coordinate known : bucket) {
                            if (known.distance(c) <= tolerance) {
                                return known;
                            }
                        }
                    }
                }
            }
            return null;
        }

        private long bucket(double value) {
            return (long) Math.floor(value / tolerance);
        }

        private static long key(long bx, long by) {
            return bx * 1_000_003L ^ by;
        }
    }
}
