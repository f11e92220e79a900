package cn.luodian.geo.tile;

import cn.luodian.geo.crs.ChinaOffsets;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/** Stored WGS-84 geometry placed on the Web Mercator plane of the tiles, for display only. */
public final class MercatorGeometry {

    private MercatorGeometry() {
    }

    /** A copy of a WGS-84 geometry in Web Mercator metres, shifted to GCJ-02 first when asked. */
    public static Geometry of(Geometry lonLat, PointShift shift) {
        Geometry copy = lonLat.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double lon = seq.getX(i);
                double lat = seq.getY(i);
                if (shift == PointShift.GCJ02) {
                    Coordinate c = ChinaOffsets.wgs84ToGcj02(lon, lat);
                    lon = c.x;
                    lat = c.y;
                }
                seq.setOrdinate(i, 0, WebMercator.xMetres(lon));
                seq.setOrdinate(i, 1, WebMercator.yMetres(lat));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return copy;
    }
}
