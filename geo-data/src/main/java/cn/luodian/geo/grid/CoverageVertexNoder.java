package cn.luodian.geo.grid;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
 * Removes T-junctions from a polygon coverage: inserts into every edge the vertices of other
 * polygons that lie on it.
 *
 * <p>Pieces cut separately (the grid of one village, then of its neighbour) meet along the same
 * line but with different vertices on it. In metres that is harmless; once the vertices are moved
 * to lon/lat, a straight edge between far-apart vertices no longer passes exactly through a vertex
 * that sat on it (the projection bends straight lines by about a centimetre per kilometre), and thin
 * gaps and overlaps appear. With every vertex on both sides, each side maps the same way.
 */
public final class CoverageVertexNoder {
    /** Far below any distance that matters, far above the rounding error of northings near 4,400 km. */
    public static final double DEFAULT_TOLERANCE_METRES = 1e-6;

    private final STRtree vertexIndex = new STRtree();
    private final double toleranceMetres;

    /** Indexes the vertices that {@link #node} will insert; duplicates are dropped. */
    public CoverageVertexNoder(Collection<? extends Geometry> vertexSources, double toleranceMetres) {
        this.toleranceMetres = toleranceMetres;
        Set<Coordinate> vertices = new LinkedHashSet<>();
        for (Geometry source : vertexSources) {
            for (Coordinate c : source.getCoordinates()) {
                vertices.add(new Coordinate(c.x, c.y));
            }
        }
        for (Coordinate vertex : vertices) {
            vertexIndex.insert(new Envelope(vertex), vertex);
        }
        vertexIndex.build();
    }

    /** A copy of a Polygon or MultiPolygon with the indexed vertices that lie on its edges added. */
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
        List<Coordinate> result = new ArrayList<>(ring.length);
        for (int k = 0; k + 1 < ring.length; k++) {
            result.add(ring[k]);
            result.addAll(verticesOn(ring[k], ring[k + 1]));
        }
        result.add(ring[ring.length - 1]);
        return factory.createLinearRing(result.toArray(Coordinate[]::new));
    }

    /** Indexed vertices strictly between a and b and within the tolerance of the segment, from a to b. */
    private List<Coordinate> verticesOn(Coordinate a, Coordinate b) {
        Envelope search = new Envelope(a, b);
        search.expandBy(toleranceMetres);
        LineSegment segment = new LineSegment(a, b);
        List<Coordinate> found = new ArrayList<>();
        for (Object item : vertexIndex.query(search)) {
            Coordinate vertex = (Coordinate) item;
            if (vertex.equals2D(a) || vertex.equals2D(b)) {
                continue;
            }
            double along = segment.projectionFactor(vertex);
            if (along > 0 && along < 1 && Distance.pointToSegment(vertex, a, b) <= toleranceMetres) {
                found.add(vertex);
            }
        }
        found.sort(Comparator.comparingDouble(segment::projectionFactor));
        return found;
    }
}
