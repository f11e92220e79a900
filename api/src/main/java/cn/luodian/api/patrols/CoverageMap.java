package cn.luodian.api.patrols;

import cn.luodian.api.layers.ReferenceLayers;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.io.GeoJsonFeatureWriter;
import cn.luodian.geo.layer.GridCell;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A coverage report drawn: each of the worker's cells as a GeoJSON polygon (lon/lat, the reference
 * data's datum) with how often it was patrolled in the period and whether it is long unvisited, so
 * that the phone and the township's staff see which cells were walked and which were not.
 */
@Component
public class CoverageMap {
    /** More cells than a township has are not drawn as one answer. */
    static final int MAX_CELLS = 5_000;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final ReferenceLayers layers;

    public CoverageMap(ReferenceLayers layers) {
        this.layers = layers;
    }

    public byte[] geoJson(CoverageReport report) {
        if (report.cells().size() > MAX_CELLS) {
            throw new BadRequestException("该网格员负责的单元网格超过 " + MAX_CELLS + " 个，无法在地图上绘出，请查看统计表");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (JsonGenerator json = MAPPER.createGenerator(body)) {
            json.writeStartObject();
            json.writeStringProperty("type", "FeatureCollection");
            json.writeName("features");
            json.writeStartArray();
            for (CoverageReport.CellVisit visit : report.cells()) {
                Optional<GridCell> cell = layers.findGridCell(visit.cellCode());
                if (cell.isEmpty()) {
                    continue; // a cell dropped by a reference-data reload: nothing to draw
                }
                Map<String, Object> properties = new LinkedHashMap<>();
                properties.put("cellCode", visit.cellCode());
                properties.put("passes", visit.passes());
                properties.put("lastPassedAt", visit.lastPassedAt() == null ? null : visit.lastPassedAt().toString());
                properties.put("longUnvisited", visit.longUnvisited());
                GeoJsonFeatureWriter.writeFeature(json, cell.get().geometry(), properties);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return body.toByteArray();
    }
}
