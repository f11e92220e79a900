package cn.luodian.geo.describe;

import org.locationtech.jts.geom.Coordinate;

/**
 * A point described: the sentence and the parts it is made of. Absent parts are null.
 *
 * @param point WGS-84 lon/lat of the described point
 */
public record Description(String text, Coordinate point, Coverage coverage, Place district, Place township,
                          Place village, String gridCellCode, NearFeature road, NearFeature waterway,
                          NearLandmark landmark) {

    public enum Coverage { INSIDE, OUTSIDE }

    /** An admin area by code and name. */
    public record Place(String code, String name) {
    }

    /** A named road or waterway: distance in metres, nearest point in WGS-84 lon/lat. */
    public record NearFeature(String name, double distanceMetres, Coordinate nearestPoint) {
    }

    /** A named landmark, the side of it the point is on, and the distance to it in metres. */
    public record NearLandmark(String name, Side side, double distanceMetres) {
    }
}
