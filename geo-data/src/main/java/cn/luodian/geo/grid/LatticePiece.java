package cn.luodian.geo.grid;

import java.util.Comparator;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * One face of a village cut by the lattice, with the lattice square it lies in: {@code row} counts
 * squares northwards and {@code column} eastwards from the projection's origin.
 */
record LatticePiece(Polygon polygon, long row, long column) {

    /**
     * North to south by row, west to east within a row; two pieces of one square (the village
     * boundary split it) go by their interior points, again north first, then west.
     */
    static final Comparator<LatticePiece> NUMBERING_ORDER = Comparator
            .comparingLong(LatticePiece::row).reversed()
            .thenComparingLong(LatticePiece::column)
            .thenComparing(piece -> -piece.interiorPoint().getY())
            .thenComparingDouble(piece -> piece.interiorPoint().getX());

    LatticePiece withPolygon(Polygon merged) {
        return new LatticePiece(merged, row, column);
    }

    double areaM2() {
        return polygon.getArea();
    }

    private Point interiorPoint() {
        return polygon.getInteriorPoint();
    }
}
