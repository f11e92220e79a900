package cn.luodian.api.exposure;

/**
 * The small map of an entry's place with the spot marked, as a PNG. One implementation draws it
 * from the reference layers ({@link ReferenceLayerMap}); the base-map tile renderer (geo-data
 * {@code tile.raster}, being written on another branch) can take its place behind this interface.
 */
public interface LocationMap {

    /** A PNG of the surroundings of (lon, lat) (WGS-84) with a red marker on the point. */
    byte[] png(double lon, double lat);
}
