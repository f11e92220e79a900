package cn.luodian.geo.index;

import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;

/**
 * A query point snapped to the nearest feature: the feature, the distance in metres and the
 * nearest point of the feature's geometry (metric coordinates of the index's projection).
 */
public record Snap<T>(T feature, double distanceMetres, Coordinate nearestPointMetric) {

    public Snap {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(nearestPointMetric, "nearestPointMetric");
    }
}
