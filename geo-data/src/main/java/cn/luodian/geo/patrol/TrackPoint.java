package cn.luodian.geo.patrol;

import java.time.Instant;
import java.util.Objects;

/**
 * One position of a track: WGS-84 longitude and latitude in degrees, and when it was taken.
 * Checked on construction, so a track never holds a point that cannot be drawn or projected.
 */
public record TrackPoint(double lon, double lat, Instant time) {

    public TrackPoint {
        Objects.requireNonNull(time, "time");
        if (!Double.isFinite(lon) || !Double.isFinite(lat)) {
            throw new TrackException("坐标必须是有限的数值，实为 (" + lon + ", " + lat + ")");
        }
        if (lon < -180 || lon > 180) {
            throw new TrackException("经度应在 -180 到 180 之间，实为 " + lon);
        }
        if (lat < -90 || lat > 90) {
            throw new TrackException("纬度应在 -90 到 90 之间，实为 " + lat);
        }
    }
}
