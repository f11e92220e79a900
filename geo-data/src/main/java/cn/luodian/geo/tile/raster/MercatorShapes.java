package cn.luodian.geo.tile.raster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;

/** Cutting reference lines on the Mercator plane into pieces, and where labels go in areas. */
final class MercatorShapes {
    /** Few enough vertices that a tile touching a piece walks little of the line outside it. */
    static final int MAX_PIECE_VERTICES = 32;

    private MercatorShapes() {
    }

    /** The line parts of a (multi)line geometry. */
    static List<LineString> lines(Geometry geometry) {
        List<LineString> lines = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            Geometry part = geometry.getGeometryN(i);
            if (part instanceof LineString && part.getNumPoints() >= 2) {
                lines.add((LineString) part);
            }
        }
        return lines;
    }

    /** Cuts a line into pieces of at most {@link #MAX_PIECE_VERTICES} vertices, sharing their end vertices. */
    static <K> List<Piece<K>> pieces(LineString line, K kind, GeometryFactory factory) {
        Coordinate[] all = line.getCoordinates();
        List<Piece<K>> pieces = new ArrayList<>();
        double start = 0;
        for (int from = 0; from < all.length - 1; from += MAX_PIECE_VERTICES - 1) {
            int to = Math.min(all.length, from + MAX_PIECE_VERTICES);
            LineString piece = factory.createLineString(Arrays.copyOfRange(all, from, to));
            pieces.add(new Piece<>(piece, kind, start));
            start += piece.getLength();
        }
        return pieces;
    }

    /**
     * Where an area's name goes: the centre of the largest circle inside its largest part (the
     * "pole of inaccessibility"), so that the name sits well inside odd shapes.
     */
    static Point labelPoint(Geometry areaMetres) {
        if (!(areaMetres instanceof Polygonal)) {
            return areaMetres.getInteriorPoint();
        }
        Geometry largest = areaMetres.getGeometryN(0);
        for (int i = 1; i < areaMetres.getNumGeometries(); i++) {
            if (areaMetres.getGeometryN(i).getArea() > largest.getArea()) {
                largest = areaMetres.getGeometryN(i);
            }
        }
        double tolerance = Math.max(1.0, Math.sqrt(largest.getArea()) / 100);
        return MaximumInscribedCircle.getCenter(largest, tolerance);
    }
}
