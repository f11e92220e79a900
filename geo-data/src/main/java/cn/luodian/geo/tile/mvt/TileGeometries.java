package cn.luodian.geo.tile.mvt;

import cn.luodian.geo.tile.TileFrame;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Mercator geometry → a tile's integer grid: clipped to the tile grown by a buffer (so strokes do
 * not end at tile edges), simplified (tolerance in tile units, so the same look at every zoom), moved
 * to tile units and snapped to whole units. Polygons stay valid through each step: the clip is an
 * overlay, the simplifier preserves topology, and the snapping is the precision reducer that
 * repairs what collapses.
 */
public final class TileGeometries {
    private static final PrecisionModel WHOLE_UNITS = new PrecisionModel(1.0);

    private TileGeometries() {
    }

    /** The geometry in tile units, or null when nothing of it is left on the tile. */
    public static Geometry toTile(Geometry mercator, TileFrame frame, double bufferUnits, double toleranceUnits) {
        Envelope clip = frame.bufferedBoundsMetres(bufferUnits);
        if (!clip.intersects(mercator.getEnvelopeInternal())) {
            return null;
        }
        Geometry g = mercator;
        // Clip first: simplifying a whole district outline or a long road for every tile it touches
        // cost ~80 % of a cold reference tile. The piece left is simplified alone; where that differs
        // from simplifying the whole, it differs by at most the tolerance, inside the buffer.
        if (!clip.contains(g.getEnvelopeInternal())) {
            g = sameDimension(g.intersection(g.getFactory().toGeometry(clip)), mercator.getDimension());
        }
        if (g.isEmpty()) {
            return null;
        }
        if (!(g instanceof Point) && toleranceUnits > 0) {
            g = TopologyPreservingSimplifier.simplify(g, toleranceUnits * frame.metresPerUnit());
        }
        Geometry units = g.copy();
        units.apply(new ToUnits(frame));
        units.geometryChanged();
        Geometry snapped = units instanceof Polygonal
                ? GeometryPrecisionReducer.reduce(units, WHOLE_UNITS)
                : GeometryPrecisionReducer.reducePointwise(units, WHOLE_UNITS);
        boolean collapsed = snapped.isEmpty()
                || (snapped.getDimension() == 2 && snapped.getArea() == 0)
                || (snapped.getDimension() == 1 && snapped.getLength() == 0);
        return collapsed ? null : snapped;
    }

    /**
     * The parts of an overlay result of the input's own dimension: a polygon clipped along an edge
     * may also give a line or point where it only touches the rectangle; a layer keeps one kind.
     */
    private static Geometry sameDimension(Geometry clipped, int dimension) {
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < clipped.getNumGeometries(); i++) {
            Geometry part = clipped.getGeometryN(i);
            if (part.getDimension() == dimension && !part.isEmpty()) {
                parts.add(part);
            }
        }
        return clipped.getFactory().buildGeometry(parts);
    }

    /** Moves every coordinate from Mercator metres to the frame's tile units. */
    private static final class ToUnits implements CoordinateSequenceFilter {
        private final TileFrame frame;

        ToUnits(TileFrame frame) {
            this.frame = frame;
        }

        @Override
        public void filter(CoordinateSequence seq, int i) {
            Coordinate c = seq.getCoordinate(i);
            seq.setOrdinate(i, 0, frame.pixelX(c.x));
            seq.setOrdinate(i, 1, frame.pixelY(c.y));
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
