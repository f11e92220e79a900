package cn.luodian.api.describe;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.crs.UnknownDatumException;
import org.locationtech.jts.geom.Coordinate;

/** Checks a client's lon/lat in a named datum and brings it to WGS-84, with messages a person can act on. */
public final class Coordinates {

    private Coordinates() {
    }

    public static Datum datum(String crs) {
        try {
            return Datum.parse(crs == null ? "wgs84" : crs);
        } catch (UnknownDatumException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** The point in WGS-84; 400 for NaN, infinities, out-of-range or apparently swapped values. */
    public static Coordinate toWgs84(double lon, double lat, Datum datum) {
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
            throw new BadRequestException("经度和纬度应为有限数，实为 " + lon + ", " + lat);
        }
        if (lat < -90 || lat > 90 || lon < -180 || lon > 180) {
            String hint = Math.abs(lat) > 90 && Math.abs(lon) <= 90 ? "（经纬度是否颠倒？）" : "";
            throw new BadRequestException("经度 " + lon + "、纬度 " + lat + " 超出经度 -180..180、纬度 -90..90 的范围" + hint);
        }
        return datum.toWgs84(lon, lat);
    }
}
