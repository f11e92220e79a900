package cn.luodian.geo.crs;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.geotools.api.referencing.FactoryException;
import org.geotools.api.referencing.operation.MathTransform;
import org.geotools.api.referencing.operation.TransformException;
import org.geotools.geometry.jts.JTS;
import org.geotools.referencing.CRS;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * CGCS2000 / 3-degree Gauss-Krüger, central-meridian variants (EPSG:4534 for CM 75E up to
 * EPSG:4554 for CM 135E): the metric projection every distance in Luodian is measured in.
 * Beijing's zone is CM 117E, EPSG:4548. Easting comes first (x), northing second (y).
 */
public final class GaussKrugerProjection {
    private static final int FIRST_EPSG_CODE = 4534;
    private static final int FIRST_CENTRAL_MERIDIAN = 75;
    private static final int LAST_CENTRAL_MERIDIAN = 135;
    private static final ConcurrentMap<Integer, GaussKrugerProjection> BY_CENTRAL_MERIDIAN = new ConcurrentHashMap<>();

    private final int centralMeridian;
    private final int epsgCode;
    private final MathTransform toMetric;
    private final MathTransform toGeographic;

    private GaussKrugerProjection(int centralMeridian) {
        this.centralMeridian = centralMeridian;
        this.epsgCode = FIRST_EPSG_CODE + (centralMeridian - FIRST_CENTRAL_MERIDIAN) / 3;
        try {
            var geographic = CRS.decode("EPSG:4490", true);
            var projected = CRS.decode("EPSG:" + epsgCode, true);
            this.toMetric = CRS.findMathTransform(geographic, projected, true);
            this.toGeographic = toMetric.inverse();
        } catch (FactoryException | org.geotools.api.referencing.operation.NoninvertibleTransformException e) {
            throw new IllegalStateException("EPSG:" + epsgCode + " is not available from the EPSG database", e);
        }
    }

    /** The zone whose central meridian is nearest to {@code lon}. */
    public static GaussKrugerProjection forLongitude(double lon) {
        if (!(lon >= FIRST_CENTRAL_MERIDIAN - 1.5 && lon <= LAST_CENTRAL_MERIDIAN + 1.5)) {
            throw new IllegalArgumentException("经度 " + lon + " 超出 CGCS2000 三度带高斯-克吕格投影的范围（东经 73.5° 到 136.5°）");
        }
        int centralMeridian = (int) Math.round(lon / 3.0) * 3;
        return BY_CENTRAL_MERIDIAN.computeIfAbsent(centralMeridian, GaussKrugerProjection::new);
    }

    /** EPSG:4548, CM 117E: the zone of Beijing. */
    public static GaussKrugerProjection beijing() {
        return forLongitude(117.0);
    }

    public int epsgCode() {
        return epsgCode;
    }

    public int centralMeridian() {
        return centralMeridian;
    }

    /** WGS-84/CGCS2000 lon/lat degrees to easting/northing metres. */
    public Coordinate toMetric(double lon, double lat) {
        return transform(toMetric, lon, lat);
    }

    /**
     * Many lon/lat points at once, in place: {@code lonLat} holds x0, y0, x1, y1 … and is
     * overwritten with eastings and northings. One call for a million points instead of a million
     * calls (an index of a whole inventory projects everything at start).
     */
    public void toMetricInPlace(double[] lonLat) {
        try {
            toMetric.transform(lonLat, 0, lonLat, 0, lonLat.length / 2);
        } catch (TransformException e) {
            throw new OutOfZoneException("有坐标离本区太远，无法换算到本区的投影", e);
        }
    }

    /** Easting/northing metres to lon/lat degrees. */
    public Coordinate toGeographic(double easting, double northing) {
        return transform(toGeographic, easting, northing);
    }

    public Geometry toMetric(Geometry lonLat) {
        return transform(toMetric, lonLat);
    }

    public Geometry toGeographic(Geometry metric) {
        return transform(toGeographic, metric);
    }

    private static Coordinate transform(MathTransform transform, double x, double y) {
        double[] point = {x, y};
        try {
            transform.transform(point, 0, point, 0, 1);
        } catch (TransformException e) {
            throw new OutOfZoneException("坐标 (" + x + ", " + y + ") 离本区太远，无法换算到本区的投影", e);
        }
        return new Coordinate(point[0], point[1]);
    }

    private static Geometry transform(MathTransform transform, Geometry geometry) {
        try {
            return JTS.transform(geometry, transform);
        } catch (TransformException e) {
            throw new OutOfZoneException("几何图形离本区太远，无法换算到本区的投影", e);
        }
    }

    @Override
    public String toString() {
        return "EPSG:" + epsgCode + " (CGCS2000 / 3-degree Gauss-Kruger CM " + centralMeridian + "E)";
    }
}
