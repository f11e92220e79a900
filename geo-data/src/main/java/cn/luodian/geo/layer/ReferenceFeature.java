package cn.luodian.geo.layer;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a reference layer, geometry in WGS-84 lon/lat. Each layer has its own record so
 * that the rest of the system reads typed fields, never a property bag.
 */
public sealed interface ReferenceFeature permits AdminArea, GridCell, Road, Waterway, Landmark {

    Layer layer();

    Geometry geometry();

    /** The properties as the GeoJSON import schema names them, in schema order. */
    Map<String, Object> properties();
}
