package cn.luodian.geo.layer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A road line. An empty name means unnamed: kept for drawing, never named in text.
 * {@code roadClass} is one of {@link RoadClass}'s ids; {@code ref} may be empty.
 */
public record Road(String name, RoadClass roadClass, String ref, Geometry geometry) implements ReferenceFeature {

    public Road {
        name = name == null ? "" : name;
        ref = ref == null ? "" : ref;
        Objects.requireNonNull(roadClass, "roadClass");
        Objects.requireNonNull(geometry, "geometry");
    }

    public boolean isNamed() {
        return !name.isBlank();
    }

    @Override
    public Layer layer() {
        return Layer.ROADS;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", name);
        properties.put("class", roadClass.id());
        properties.put("ref", ref);
        return properties;
    }
}
