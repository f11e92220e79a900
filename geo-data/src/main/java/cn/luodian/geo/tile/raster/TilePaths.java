package cn.luodian.geo.tile.raster;

import cn.luodian.geo.tile.TileFrame;
import java.awt.geom.Path2D;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** Mercator geometry → Java2D paths in one tile's pixels. */
final class TilePaths {
    private final TileFrame frame;

    TilePaths(TileFrame frame) {
        this.frame = frame;
    }

    void appendLine(Path2D path, LineString line) {
        append(path, line.getCoordinateSequence(), false);
    }

    /** Polygons with their holes (the path's even-odd rule leaves holes empty). */
    void appendArea(Path2D path, Geometry polygonal) {
        for (int i = 0; i < polygonal.getNumGeometries(); i++) {
            Geometry part = polygonal.getGeometryN(i);
            if (part instanceof Polygon) {
                Polygon polygon = (Polygon) part;
                append(path, polygon.getExteriorRing().getCoordinateSequence(), true);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    append(path, polygon.getInteriorRingN(h).getCoordinateSequence(), true);
                }
            }
        }
    }

    private void append(Path2D path, CoordinateSequence seq, boolean close) {
        int n = seq.size();
        if (n == 0) {
            return;
        }
        path.moveTo(frame.pixelX(seq.getX(0)), frame.pixelY(seq.getY(0)));
        for (int i = 1; i < n; i++) {
            path.lineTo(frame.pixelX(seq.getX(i)), frame.pixelY(seq.getY(i)));
        }
        if (close) {
            path.closePath();
        }
    }
}
