package cn.luodian.geo.io;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * A GeoJSON feature as read, before it is checked against a layer's schema. {@code index} is its
 * 0-based position in the file's feature list; property values are String, Double, Boolean or null.
 */
public record RawFeature(int index, Geometry geometry, Map<String, Object> properties) {
}
