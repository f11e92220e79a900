package cn.luodian.geo.layer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A unit grid cell (单元网格): 15-digit code = district (6) + township (3) + village (3) +
 * sequence (3); it never crosses a village boundary.
 */
public record GridCell(String code, String villageCode, Geometry geometry) implements ReferenceFeature {

    public GridCell {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(geometry, "geometry");
    }

    @Override
    public Layer layer() {
        return Layer.GRID;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", code);
        properties.put("villageCode", villageCode);
        return properties;
    }
}
