package cn.luodian.geo.locate;

import cn.luodian.geo.describe.Side;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * The places (metric polygons) where a stated relation holds: "约N米 from a feature" as a band
 * around it, "the X side of a landmark" as a wedge near it. A JTS buffer lies inside the true
 * offset curve: arcs become chords (kept below {@link #CURVE_ERROR_METRES} by the segment count
 * chosen per radius), and at outside turns offset points closer than 1/1000 of the distance are
 * merged. The outer edge of a band is pushed out by both, so no true point is lost; the inner
 * edge errs the same safe way by itself.
 */
final class DistanceRegions {
    static final double CURVE_ERROR_METRES = 0.25;
    private static final double EPSILON_METRES = 0.01;
    /** JTS OffsetSegmentGenerator merges offset points closer than this fraction of the distance. */
    private static final double OFFSET_MERGE_FACTOR = 1e-3;

    private DistanceRegions() {
    }

    /**
     * Points whose distance to {@code feature} rounds to {@code statedMetres} with the given step:
     * true distance in [stated − step/2, stated + step/2].
     */
    static Geometry band(Geometry feature, long statedMetres, int roundingStepMetres) {
        double outerTrue = statedMetres + roundingStepMetres / 2.0;
        double outer = outerTrue + CURVE_ERROR_METRES + outerTrue * OFFSET_MERGE_FACTOR;
        double inner = statedMetres - roundingStepMetres / 2.0 - EPSILON_METRES;
        Geometry outerBuffer = buffer(feature, outer);
        if (inner <= 0) {
            return outerBuffer;
        }
        return outerBuffer.difference(buffer(feature, inner));
    }

    /**
     * Points within {@code radiusMetres} of the landmark whose direction from its centre falls in
     * the 45° sector of {@code side}.
     */
    static Geometry side(Geometry landmark, Side side, double radiusMetres) {
        Coordinate centre = landmark.getCentroid().getCoordinate();
        Envelope envelope = landmark.getEnvelopeInternal();
        double reach = Math.hypot(envelope.getWidth(), envelope.getHeight()) + radiusMetres + 1;
        double middle = side.ordinal() * 45.0;
        int steps = 16;
        Coordinate[] ring = new Coordinate[steps + 3];
        ring[0] = new Coordinate(centre);
        for (int i = 0; i <= steps; i++) {
            double degreesFromNorth = Math.toRadians(middle - 22.5 + 45.0 * i / steps);
            ring[i + 1] = new Coordinate(centre.x + reach * Math.sin(degreesFromNorth),
                    centre.y + reach * Math.cos(degreesFromNorth));
        }
        ring[steps + 2] = new Coordinate(centre);
        Geometry wedge = landmark.getFactory().createPolygon(ring);
        double near = radiusMetres + CURVE_ERROR_METRES;
        return wedge.intersection(buffer(landmark, near));
    }

    /**
     * JTS simplifies the input of a buffer by 1 % of the distance by default (20 m at 2 km), which
     * would lose true points; here the input is taken as it is.
     */
    static Geometry buffer(Geometry geometry, double distanceMetres) {
        BufferParameters parameters = new BufferParameters(quadrantSegments(distanceMetres));
        parameters.setSimplifyFactor(0);
        return BufferOp.bufferOp(geometry, distanceMetres, parameters);
    }

    /** Segments per quarter circle so that a chord is never farther than the curve error from the arc. */
    static int quadrantSegments(double radiusMetres) {
        if (radiusMetres <= CURVE_ERROR_METRES * 2) {
            return 8;
        }
        double halfAngle = Math.acos(1 - CURVE_ERROR_METRES / radiusMetres);
        int segments = (int) Math.ceil(Math.PI / 4 / halfAngle);
        return Math.max(8, Math.min(segments, 256));
    }
}
