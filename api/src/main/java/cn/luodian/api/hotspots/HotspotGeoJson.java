package cn.luodian.api.hotspots;

import cn.luodian.geo.io.GeoJsonFeatureWriter;
import java.io.ByteArrayOutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link HotspotTable} as an RFC 7946 FeatureCollection with two foreign members, written before
 * the features so that a reader sees what was computed first: {@code parameters} and {@code summary}.
 */
final class HotspotGeoJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private HotspotGeoJson() {
    }

    static byte[] write(HotspotTable table) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("type", "FeatureCollection");
            json.writeName("parameters");
            json.writePOJO(table.parameters());
            json.writeName("summary");
            json.writePOJO(table.summary());
            json.writeArrayPropertyStart("features");
            for (HotspotTable.Row row : table.rows()) {
                GeoJsonFeatureWriter.writeFeature(json, row.geometry(), row.properties());
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return out.toByteArray();
    }
}
