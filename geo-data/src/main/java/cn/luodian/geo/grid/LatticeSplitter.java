package cn.luodian.geo.grid;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * Cuts a village polygon along the lines of a square lattice whose lines lie at whole multiples of
 * the cell size in the projection's coordinates, so that the lattices of neighbouring villages line
 * up.
 *
 * <p>The village boundary and the lattice lines are noded together once and polygonized, rather
 * than intersecting the village with each square: then two neighbouring pieces share exactly the
 * same vertices, which the sliver merge and the coverage tests rely on.
 */
final class LatticeSplitter {

    private LatticeSplitter() {
    }

    static List<LatticePiece> split(Geometry village, double cellSizeMetres) {
        GeometryFactory factory = village.getFactory();
        List<LineString> lines = new ArrayList<>();
        addBoundaryLines(village, lines);
        int boundaryLineCount = lines.size();
        addLatticeLines(village.getEnvelopeInternal(), cellSizeMetres, factory, lines);

        List<Polygon> faces = new ArrayList<>();
        if (lines.size() == boundaryLineCount) {
            // The village lies within one lattice square: it is its own piece.
            for (int i = 0; i < village.getNumGeometries(); i++) {
                faces.add(CanonicalPolygons.canonical((Polygon) village.getGeometryN(i)));
            }
        } else {
            Geometry noded = OverlayNGRobust.union(factory.buildGeometry(lines));
            Polygonizer polygonizer = new Polygonizer();
            polygonizer.add(noded);
            PreparedGeometry inside = PreparedGeometryFactory.prepare(village);
            for (Object face : polygonizer.getPolygons()) {
                Polygon polygon = (Polygon) face;
                if (inside.contains(polygon.getInteriorPoint())) {
                    faces.add(CanonicalPolygons.canonical(polygon));
                }
            }
        }
        faces.sort(CanonicalPolygons.ORDER);

        List<LatticePiece> pieces = new ArrayList<>(faces.size());
        for (Polygon face : faces) {
            // The interior point lies strictly inside the face, hence inside its lattice square.
            Point inner = face.getInteriorPoint();
            long row = (long) Math.floor(inner.getY() / cellSizeMetres);
            long column = (long) Math.floor(inner.getX() / cellSizeMetres);
            pieces.add(new LatticePiece(face, row, column));
        }
        return pieces;
    }

    private static void addBoundaryLines(Geometry village, List<LineString> lines) {
        for (int i = 0; i < village.getNumGeometries(); i++) {
            Polygon polygon = (Polygon) village.getGeometryN(i);
            lines.add(polygon.getExteriorRing());
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                lines.add(polygon.getInteriorRingN(h));
            }
        }
    }

    /** Lattice lines strictly inside the envelope, each running one cell beyond it at both ends. */
    private static void addLatticeLines(Envelope envelope, double size, GeometryFactory factory, List<LineString> lines) {
        double south = envelope.getMinY() - size;
        double north = envelope.getMaxY() + size;
        double west = envelope.getMinX() - size;
        double east = envelope.getMaxX() + size;
        for (long k = (long) Math.floor(envelope.getMinX() / size) + 1; k * size < envelope.getMaxX(); k++) {
            double x = k * size;
            if (x > envelope.getMinX()) {
                lines.add(factory.createLineString(new Coordinate[] {new Coordinate(x, south), new Coordinate(x, north)}));
            }
        }
        for (long k = (long) Math.floor(envelope.getMinY() / size) + 1; k * size < envelope.getMaxY(); k++) {
            double y = k * size;
            if (y > envelope.getMinY()) {
                lines.add(factory.createLineString(new Coordinate[] {new Coordinate(west, y), new Coordinate(east, y)}));
            }
        }
    }
}
