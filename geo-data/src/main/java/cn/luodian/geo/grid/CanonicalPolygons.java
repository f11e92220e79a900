package cn.luodian.geo.grid;

import java.util.Comparator;
import org.locationtech.jts.geom.Polygon;

/**
 * One way to write each polygon, and one order for a set of them. JTS overlay and polygonization
 * may start a ring at a different vertex, or list faces in a different order, from one run to the
 * next (their internal maps follow object identity); the data we publish must not change with that.
 */
public final class CanonicalPolygons {
    /** By envelope, west, south, east, north, then by area: faces of one partition never tie. */
    public static final Comparator<Polygon> ORDER = Comparator
            .comparingDouble((Polygon p) -> p.getEnvelopeInternal().getMinX())
            .thenComparingDouble(p -> p.getEnvelopeInternal().getMinY())
            .thenComparingDouble(p -> p.getEnvelopeInternal().getMaxX())
            .thenComparingDouble(p -> p.getEnvelopeInternal().getMaxY())
            .thenComparingDouble(Polygon::getArea);

    private CanonicalPolygons() {
    }

    /**
     * The same polygon with each ring starting at its lowest-left vertex, the shell anticlockwise
     * and holes clockwise (the GeoJSON right-hand rule).
     */
    public static Polygon canonical(Polygon polygon) {
        // norm() fixes the start vertex and turns shells clockwise; reversing keeps the start.
        return (Polygon) polygon.norm().reverse();
    }
}
