package cn.luodian.api.layers;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.LuodianProperties;
import cn.luodian.geo.io.GeoJsonFeatureWriter;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.Layer;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The reference layers: what exists, and each as GeoJSON by bounding box. */
@RestController
@RequestMapping("/api/v1/layers")
public class LayersController {
    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final JdbcLayerStore store;
    private final LayerReader reader;
    private final LuodianProperties properties;

    public LayersController(JdbcLayerStore store, LayerReader reader, LuodianProperties properties) {
        this.store = store;
        this.reader = reader;
        this.properties = properties;
    }

    @GetMapping
    public Map<String, Object> list() {
        Map<String, String> origins = store.origins();
        List<Map<String, Object>> layers = new ArrayList<>();
        for (Layer layer : Layer.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", layer.id());
            entry.put("featureCount", store.count(layer));
            entry.put("origin", origins.getOrDefault(layer.id(), "empty"));
            layers.add(entry);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("demo", origins.containsValue("demo"));
        body.put("layers", layers);
        return body;
    }

    @GetMapping("/{layer}")
    public ResponseEntity<byte[]> features(@PathVariable String layer,
                                           @RequestParam(required = false) String bbox,
                                           @RequestParam(required = false) String level,
                                           @RequestParam(required = false) Integer limit) {
        Layer parsedLayer;
        AdminLevel parsedLevel;
        try {
            parsedLayer = Layer.parse(layer);
            parsedLevel = level == null ? null : AdminLevel.parse(level);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        if (parsedLevel != null && parsedLayer != Layer.ADMIN) {
            throw new BadRequestException("级别只适用于行政区划图层");
        }
        int max = properties.maxFeaturesPerRequest();
        int effectiveLimit = limit == null ? max : limit;
        if (effectiveLimit < 1 || effectiveLimit > max) {
            throw new BadRequestException("条数应在 1 到 " + max + " 之间，实为 " + effectiveLimit);
        }
        Envelope envelope = bbox == null ? null : BoundingBoxes.parse(bbox);
        // Buffered so that a database error still becomes a problem+json answer, not a cut-off body.
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, Object> foreign = new LinkedHashMap<>();
        try (GeoJsonFeatureWriter writer = new GeoJsonFeatureWriter(body, foreign)) {
            boolean truncated = reader.forEach(parsedLayer, envelope, parsedLevel, effectiveLimit, writer::write);
            if (truncated) {
                foreign.put("truncated", true);
            }
        }
        return ResponseEntity.ok().contentType(GEO_JSON).body(body.toByteArray());
    }
}
