package cn.luodian.geo.layer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/** A named building or point of interest, point or footprint polygon. */
public record Landmark(String name, LandmarkType type, Geometry geometry) implements ReferenceFeature {

    public Landmark {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(geometry, "geometry");
    }

    @Override
    public Layer layer() {
        return Layer.LANDMARKS;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", name);
        properties.put("type", type.id());
        return properties;
    }
}
