package cn.luodian.api.exposure;

/**
 * The small map of an entry's place with the spot marked, as a PNG: frozen into the snapshot when
 * a period is published. {@link BaseMapLocationMap} cuts it from our own base-map tiles.
 */
public interface LocationMap {

    /** A PNG of the surroundings of (lon, lat) (WGS-84) with a red marker on the point. */
    byte[] png(double lon, double lat);
}
