package cn.luodian.geo.layer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/** A river, canal, ditch … line, or a water area polygon. An empty name means unnamed. */
public record Waterway(String name, WaterwayClass waterwayClass, Geometry geometry) implements ReferenceFeature {

    public Waterway {
        name = name == null ? "" : name;
        Objects.requireNonNull(waterwayClass, "waterwayClass");
        Objects.requireNonNull(geometry, "geometry");
    }

    public boolean isNamed() {
        return !name.isBlank();
    }

    @Override
    public Layer layer() {
        return Layer.WATERWAYS;
    }

    @Override
    public Map<String, Object> properties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", name);
        properties.put("class", waterwayClass.id());
        return properties;
    }
}
