package cn.luodian.geo.crs;

import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * The datum of a coordinate entering or leaving the system, named by an explicit parameter.
 *
 * <p>Storage is WGS-84. CGCS2000 (EPSG:4490) differs from WGS-84 by centimetres, below what city
 * management can see, so it is taken as identical; GCJ-02 and BD-09 are the offset datums of
 * domestic web maps and are converted exactly (see {@link ChinaOffsets}).
 */
public enum Datum {
    WGS84("wgs84"),
    CGCS2000("cgcs2000"),
    GCJ02("gcj02"),
    BD09("bd09");

    private final String parameterName;

    Datum(String parameterName) {
        this.parameterName = parameterName;
    }

    /** The name used in request parameters and on the command line. */
    public String parameterName() {
        return parameterName;
    }

    /** Parses a parameter value, case-insensitively; throws {@link UnknownDatumException} otherwise. */
    public static Datum parse(String name) {
        if (name != null) {
            String wanted = name.trim().toLowerCase(Locale.ROOT).replace("-", "");
            for (Datum datum : values()) {
                if (datum.parameterName.equals(wanted)) {
                    return datum;
                }
            }
        }
        throw new UnknownDatumException(name);
    }

    public Coordinate toWgs84(double lon, double lat) {
        return switch (this) {
            case WGS84, CGCS2000 -> new Coordinate(lon, lat);
            case GCJ02 -> ChinaOffsets.gcj02ToWgs84(lon, lat);
            case BD09 -> {
                Coordinate gcj = ChinaOffsets.bd09ToGcj02(lon, lat);
                yield ChinaOffsets.gcj02ToWgs84(gcj.x, gcj.y);
            }
        };
    }

    public Coordinate fromWgs84(double lon, double lat) {
        return switch (this) {
            case WGS84, CGCS2000 -> new Coordinate(lon, lat);
            case GCJ02 -> ChinaOffsets.wgs84ToGcj02(lon, lat);
            case BD09 -> {
                Coordinate gcj = ChinaOffsets.wgs84ToGcj02(lon, lat);
                yield ChinaOffsets.gcj02ToBd09(gcj.x, gcj.y);
            }
        };
    }

    /** A copy of {@code geometry} (lon/lat in this datum) in WGS-84; the input is not changed. */
    public Geometry toWgs84(Geometry geometry) {
        if (this == WGS84 || this == CGCS2000) {
            return geometry.copy();
        }
        return transformCopy(geometry, true);
    }

    /** A copy of {@code geometry} (WGS-84 lon/lat) in this datum; the input is not changed. */
    public Geometry fromWgs84(Geometry geometry) {
        if (this == WGS84 || this == CGCS2000) {
            return geometry.copy();
        }
        return transformCopy(geometry, false);
    }

    private Geometry transformCopy(Geometry geometry, boolean toWgs84) {
        Geometry copy = geometry.copy();
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                Coordinate c = toWgs84 ? toWgs84(seq.getX(i), seq.getY(i)) : fromWgs84(seq.getX(i), seq.getY(i));
                seq.setOrdinate(i, 0, c.x);
                seq.setOrdinate(i, 1, c.y);
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
