package cn.luodian.geo.io.osm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryFixer;

/** Lines and polygons from node ids, with the checks and repairs every OSM feature goes through. */
final class OsmGeometries {
    static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    private final NodeCoordinates nodes;
    private final ExtractReport report;

    OsmGeometries(NodeCoordinates nodes, ExtractReport report) {
        this.nodes = nodes;
        this.report = report;
    }

    GeometryFactory factory() {
        return WGS84;
    }

    /** The positions of the nodes the file holds, in order, without repeats of the same point. */
    Coordinate[] coordinates(long[] nodeIds) {
        List<Coordinate> coordinates = new ArrayList<>(nodeIds.length);
        int missing = 0;
        for (long id : nodeIds) {
            Coordinate c = nodes.find(id);
            if (c == null) {
                missing++;
            } else if (coordinates.isEmpty() || !coordinates.get(coordinates.size() - 1).equals2D(c)) {
                coordinates.add(c);
            }
        }
        report.nodesMissing(missing);
        return coordinates.toArray(Coordinate[]::new);
    }

    LineString line(long[] nodeIds) throws UnusableGeometryException {
        Coordinate[] coordinates = coordinates(nodeIds);
        if (distinctCount(coordinates) < 2) {
            throw new UnusableGeometryException("fewer than 2 distinct points" + missingHint(nodeIds));
        }
        return WGS84.createLineString(coordinates);
    }

    /** A polygon from a way whose first and last node are the same. */
    Polygon closedWayPolygon(long[] nodeIds) throws UnusableGeometryException {
        Coordinate[] ring = coordinates(nodeIds);
        if (ring.length < 4 || !ring[0].equals2D(ring[ring.length - 1])) {
            throw new UnusableGeometryException("the ring does not close" + missingHint(nodeIds));
        }
        if (distinctCount(ring) < 3) {
            throw new UnusableGeometryException("fewer than 3 distinct points, no area");
        }
        return WGS84.createPolygon(ring);
    }

    /** Valid areas pass unchanged; invalid ones are fixed by JTS and noted; what cannot be fixed throws. */
    Geometry repairedArea(Geometry area, String element) throws UnusableGeometryException {
        if (area.isValid()) {
            return area;
        }
        Geometry fixed = GeometryFixer.fix(area);
        if (fixed.isEmpty() || !(fixed instanceof Polygonal)) {
            throw new UnusableGeometryException("invalid " + area.getGeometryType() + " that cannot be repaired");
        }
        report.note(element, "invalid " + area.getGeometryType() + " repaired to a valid " + fixed.getGeometryType());
        return fixed;
    }

    static int distinctCount(Coordinate[] coordinates) {
        // Coordinate's equals and hashCode look at x and y only.
        return (int) Arrays.stream(coordinates).distinct().count();
    }

    private String missingHint(long[] nodeIds) {
        return Arrays.stream(nodeIds).anyMatch(id -> nodes.find(id) == null) ? " (nodes missing from the file)" : "";
    }

    /** Why a feature has no usable geometry; the caller reports it and skips the feature. */
    static final class UnusableGeometryException extends Exception {
        UnusableGeometryException(String reason) {
            super(reason, null, false, false);
        }
    }
}
