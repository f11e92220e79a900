package cn.luodian.geo.crs;

import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Coordinate;

/**
 * The GCJ-02 obfuscation used by every domestic web map, and Baidu's BD-09 on top of it.
 *
 * <p>GCJ-02 is a published-by-reverse-engineering polynomial offset of WGS-84 (a few hundred
 * metres); it has no closed-form inverse, so {@link #gcj02ToWgs84} iterates the forward function
 * until the residual is below a millimetre. Points outside mainland China's bounding box are not
 * shifted, as the domestic maps do.
 */
public final class ChinaOffsets {
    private static final double SEMI_MAJOR_AXIS = 6378245.0; // Krasovsky 1940, as the algorithm uses
    private static final double ECCENTRICITY_SQUARED = 0.00669342162296594323;
    private static final double X_PI = Math.PI * 3000.0 / 180.0;
    private static final double INVERSE_TOLERANCE_DEGREES = 1e-9; // about 0.1 mm
    private static final int INVERSE_MAX_ITERATIONS = 30;

    private ChinaOffsets() {
    }

    /** True where GCJ-02 applies no shift: outside the rectangle around mainland China. */
    public static boolean isOutsideChina(double lon, double lat) {
        return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
    }

    public static Coordinate wgs84ToGcj02(double lon, double lat) {
        if (isOutsideChina(lon, lat)) {
            return new Coordinate(lon, lat);
        }
        double dLat = latitudeOffset(lon - 105.0, lat - 35.0);
        double dLon = longitudeOffset(lon - 105.0, lat - 35.0);
        double radLat = Math.toRadians(lat);
        double magic = Math.sin(radLat);
        magic = 1 - ECCENTRICITY_SQUARED * magic * magic;
        double sqrtMagic = Math.sqrt(magic);
        dLat = (dLat * 180.0) / ((SEMI_MAJOR_AXIS * (1 - ECCENTRICITY_SQUARED)) / (magic * sqrtMagic) * Math.PI);
        dLon = (dLon * 180.0) / (SEMI_MAJOR_AXIS / sqrtMagic * Math.cos(radLat) * Math.PI);
        return new Coordinate(lon + dLon, lat + dLat);
    }

    public static Coordinate gcj02ToWgs84(double lon, double lat) {
        if (isOutsideChina(lon, lat)) {
            return new Coordinate(lon, lat);
        }
        return invert(c -> wgs84ToGcj02(c.x, c.y), new Coordinate(lon, lat), new Coordinate(lon, lat));
    }

    public static Coordinate gcj02ToBd09(double lon, double lat) {
        double z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
        double theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
        return new Coordinate(z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006);
    }

    /**
     * The usual closed-form inverse is off by about a centimetre; a few fixed-point steps on the
     * forward function bring it below 0.1 mm, so that stored points round-trip exactly.
     */
    public static Coordinate bd09ToGcj02(double lon, double lat) {
        double x = lon - 0.0065;
        double y = lat - 0.006;
        double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
        double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
        Coordinate firstGuess = new Coordinate(z * Math.cos(theta), z * Math.sin(theta));
        return invert(c -> gcj02ToBd09(c.x, c.y), new Coordinate(lon, lat), firstGuess);
    }

    /** Solves forward(x) = target by fixed-point steps from a first guess: the offsets are small and smooth. */
    private static Coordinate invert(UnaryOperator<Coordinate> forward, Coordinate target, Coordinate firstGuess) {
        double x = firstGuess.x;
        double y = firstGuess.y;
        for (int i = 0; i < INVERSE_MAX_ITERATIONS; i++) {
            Coordinate image = forward.apply(new Coordinate(x, y));
            double errX = image.x - target.x;
            double errY = image.y - target.y;
            x -= errX;
            y -= errY;
            if (Math.abs(errX) < INVERSE_TOLERANCE_DEGREES && Math.abs(errY) < INVERSE_TOLERANCE_DEGREES) {
                break;
            }
        }
        return new Coordinate(x, y);
    }

    private static double latitudeOffset(double x, double y) {
        double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
        return ret;
    }

    private static double longitudeOffset(double x, double y) {
        double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
        ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
        ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
        ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
        return ret;
    }
}
