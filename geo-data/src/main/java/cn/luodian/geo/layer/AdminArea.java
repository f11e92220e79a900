package cn.luodian.geo.layer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/** A district, township or village area with its official code; a district's {@code parentCode} is its province (110000) or null. */
public record AdminArea(String code, String name, AdminLevel level, String parentCode, Geometry geometry)
        implements ReferenceFeature {

    public AdminArea {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(geometry, "geometry");
    }

    @Override
    public Layer layer() {
        return Layer.ADMIN;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", code);
        properties.put("name", name);
        properties.put("level", level.id());
        properties.put("parentCode", parentCode);
        return properties;
    }
}
