package cn.luodian.geo.tile.raster;

import java.util.Arrays;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/** A line with the distance along it at each vertex, for finding where labels go. */
final class MeasuredLine {
    private final Coordinate[] vertices;
    private final double[] along;

    MeasuredLine(LineString line) {
        vertices = line.getCoordinates();
        along = new double[vertices.length];
        for (int i = 1; i < vertices.length; i++) {
            along[i] = along[i - 1] + vertices[i - 1].distance(vertices[i]);
        }
    }

    double length() {
        return along[along.length - 1];
    }

    /** The northernmost vertex (the first of equals). */
    Coordinate top() {
        Coordinate top = vertices[0];
        for (Coordinate c : vertices) {
            if (c.y > top.y) {
                top = c;
            }
        }
        return top;
    }

    /** The point at {@code distance} along the line, clamped to its ends. */
    Coordinate pointAt(double distance) {
        if (distance <= 0) {
            return vertices[0];
        }
        if (distance >= length()) {
            return vertices[vertices.length - 1];
        }
        int i = segmentAt(distance);
        double segment = along[i + 1] - along[i];
        double f = segment == 0 ? 0 : (distance - along[i]) / segment;
        Coordinate a = vertices[i];
        Coordinate b = vertices[i + 1];
        return new Coordinate(a.x + f * (b.x - a.x), a.y + f * (b.y - a.y));
    }

    /**
     * How far the line strays from the straight chord between two distances along it: a label is
     * written straight, so it only goes where the line is nearly straight under it.
     */
    double deviationFromChord(double from, double to) {
        Coordinate a = pointAt(from);
        Coordinate b = pointAt(to);
        double chord = a.distance(b);
        if (chord == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double worst = 0;
        for (int i = segmentAt(from) + 1; i < vertices.length && along[i] < to; i++) {
            Coordinate p = vertices[i];
            double cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
            worst = Math.max(worst, Math.abs(cross) / chord);
        }
        return worst;
    }

    /** Index of the segment that holds {@code distance}. */
    private int segmentAt(double distance) {
        int i = Arrays.binarySearch(along, distance);
        int segment = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(vertices.length - 2, segment));
    }
}
