package cn.luodian.api.grid;

import cn.luodian.api.layers.ReferenceLayers;
import cn.luodian.geo.io.GeoJsonFeatureWriter;
import cn.luodian.geo.layer.GridCell;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Unit grid cells by code as one GeoJSON FeatureCollection of polygons (lon/lat in the reference
 * data's datum), each with its {@code cellCode} and whatever the caller adds: how a 责任网格 or a
 * patrol coverage is drawn. A code no longer in the reference data is left out.
 */
@Component
public class GridCellsGeoJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final ReferenceLayers layers;

    public GridCellsGeoJson(ReferenceLayers layers) {
        this.layers = layers;
    }

    public byte[] of(List<String> cellCodes, Function<String, Map<String, Object>> properties) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (JsonGenerator json = MAPPER.createGenerator(body)) {
            json.writeStartObject();
            json.writeStringProperty("type", "FeatureCollection");
            json.writeName("features");
            json.writeStartArray();
            for (String code : cellCodes) {
                Optional<GridCell> cell = layers.findGridCell(code);
                if (cell.isPresent()) {
                    Map<String, Object> values = new LinkedHashMap<>();
                    values.put("cellCode", code);
                    values.putAll(properties.apply(code));
                    GeoJsonFeatureWriter.writeFeature(json, cell.get().geometry(), values);
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return body.toByteArray();
    }
}
