package cn.luodian.api.places;

import cn.luodian.api.layers.ReferenceLayers;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.NotFoundException;
import cn.luodian.geo.io.GeoJsonFeatureWriter;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.DivisionCode;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** One admin area by its official code, as a GeoJSON Feature with its chain of parents. */
@RestController
public class PlacesController {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final ReferenceLayers layers;

    public PlacesController(ReferenceLayers layers) {
        this.layers = layers;
    }

    @GetMapping("/api/v1/places/{code}")
    public ResponseEntity<byte[]> place(@PathVariable String code) {
        AdminLevel level;
        try {
            level = AdminLevel.ofCode(code);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        Optional<AdminArea> area = layers.findAdminArea(code);
        Optional<DivisionCode> official = layers.findDivisionCode(code);
        if (area.isEmpty() && official.isEmpty()) {
            throw new NotFoundException("没有代码为 " + code + " 的行政区划");
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", code);
        properties.put("name", area.map(AdminArea::name).orElseGet(() -> official.get().bareName()));
        properties.put("officialName", official.map(DivisionCode::officialName).orElse(null));
        properties.put("level", level.id());
        properties.put("parentCode", area.map(AdminArea::parentCode).orElseGet(() -> official.get().parentCode()));
        properties.put("parents", parents(code));
        properties.put("hasGeometry", area.isPresent());

        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (JsonGenerator json = MAPPER.createGenerator(body)) {
            if (area.isPresent()) {
                GeoJsonFeatureWriter.writeFeature(json, area.get().geometry(), properties);
            } else {
                json.writeStartObject();
                json.writeStringProperty("type", "Feature");
                json.writeNullProperty("geometry");
                json.writeName("properties");
                json.writePOJO(properties);
                json.writeEndObject();
            }
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json")).body(body.toByteArray());
    }

    /** District first, then township: whatever of the chain the store knows. */
    private List<Map<String, String>> parents(String code) {
        List<Map<String, String>> parents = new ArrayList<>();
        for (int length : new int[] {6, 9}) {
            if (code.length() > length) {
                String parentCode = code.substring(0, length);
                String name = layers.findAdminArea(parentCode).map(AdminArea::name)
                        .or(() -> layers.findDivisionCode(parentCode).map(DivisionCode::bareName))
                        .orElse(null);
                if (name != null) {
                    parents.add(Map.of("code", parentCode, "name", name, "level", AdminLevel.ofCode(parentCode).id()));
                }
            }
        }
        return parents;
    }
}
