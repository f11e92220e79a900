package cn.luodian.api.hotspots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.crs.GaussKrugerProjection;
import cn.luodian.geo.io.ImportException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The compact answer the workspace draws (issue 13: 10.6 MB of GeoJSON for 27,397 grid cells) and
 * the feature {@code id} of uploaded units.
 */
class HotspotCompactTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final GeometryFactory WGS84 = new GeometryFactory();

    @Test
    void rowsAreColumnsOfPlainValuesAndShapesAreIntegerRingsThatDecodeToTheCoordinates() {
        Geometry square = WGS84.createPolygon(new Coordinate[] {new Coordinate(116.6620557, 39.9010777),
            new Coordinate(116.663225, 39.9010811), new Coordinate(116.6632239, 39.9013078),
            new Coordinate(116.6620548, 39.9012556), new Coordinate(116.6620557, 39.9010777)});
        Geometry point = WGS84.createPoint(new Coordinate(116.7, 39.8));
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("unitId", "110112001006001");
        first.put("name", "悟仙观社区001号网格");
        first.put("z", 2.4123456789);
        first.put("bin", 2);
        first.put("label", "热点（95%置信度）");
        first.put("counts", List.of(1, 2, 3));
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("unitId", "x");
        second.put("name", null);
        second.put("z", null);
        second.put("bin", 0);
        Map<String, Object> third = new LinkedHashMap<>(second);
        third.put("bin", -1);
        HotspotTable table = new HotspotTable(List.of(new HotspotTable.Row(square, first), new HotspotTable.Row(point, second),
                new HotspotTable.Row(point, third), new HotspotTable.Row(null, third)), Map.of("method", "gi-star"),
                Map.of("units", 3));

        ResponseEntity<byte[]> answer = HotspotFormat.of("compact", null).answer(table, "gi-star");
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        JsonNode json = MAPPER.readTree(answer.getBody());
        assertThat(json.get("parameters").get("method").asString()).isEqualTo("gi-star");
        assertThat(json.get("summary").get("units").asInt()).isEqualTo(3);
        // Lists (an emerging unit's counts per step) and the bin in words stay out of the columns.
        assertThat(MAPPER.convertValue(json.get("columns"), List.class)).containsExactly("unitId", "name", "z", "bin");
        assertThat(json.get("rows").get(0).toString()).isEqualTo("[\"110112001006001\",\"悟仙观社区001号网格\",2.41235,2]");
        assertThat(json.get("rows").get(1).toString()).isEqualTo("[\"x\",null,null,0]");

        JsonNode shapes = json.get("shapes");
        double scale = shapes.get("scale").asDouble();
        assertThat(scale).isEqualTo(1e6);
        double lon0 = shapes.get("origin").get(0).asDouble();
        double lat0 = shapes.get("origin").get(1).asDouble();
        assertThat(lon0).isEqualTo(116);
        assertThat(lat0).isEqualTo(39);
        JsonNode ring = shapes.get("parts").get(0).get(0);
        assertThat(ring.size()).isEqualTo(10);
        long x = 0;
        long y = 0;
        Coordinate[] expected = square.getCoordinates();
        for (int v = 0; v < 5; v++) {
            x += ring.get(2 * v).asLong();
            y += ring.get(2 * v + 1).asLong();
            assertThat(lon0 + x / scale).isCloseTo(expected[v].x, org.assertj.core.data.Offset.offset(0.6e-6));
            assertThat(lat0 + y / scale).isCloseTo(expected[v].y, org.assertj.core.data.Offset.offset(0.6e-6));
        }
        // Bin 0 is not coloured on the map: no shape for it; a row without bin keeps its shape.
        assertThat(shapes.get("parts").get(1).toString()).isEqualTo("[]");
        assertThat(shapes.get("parts").get(2).toString()).isEqualTo("[[700000,800000]]");
        assertThat(shapes.get("parts").get(3).toString()).isEqualTo("[]");
    }

    @Test
    void numbersKeepSixSignificantDigits() {
        assertThat(HotspotCompactJson.significant(0.000012345678)).isEqualTo(0.0000123457);
        assertThat(HotspotCompactJson.significant(-3.14159265)).isEqualTo(-3.14159);
        assertThat(HotspotCompactJson.significant(123456789.0)).isEqualTo(123457000.0);
        assertThat(HotspotCompactJson.significant(0)).isZero();
        assertThat(HotspotCompactJson.significant(Double.NaN)).isNaN();
    }

    @Test
    void anUnknownFormatIsRefusedInChinese() {
        assertThat(HotspotFormat.of("COMPACT", null)).isEqualTo(HotspotFormat.COMPACT);
        assertThatThrownBy(() -> HotspotFormat.of("xml", null)).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("结果格式只能是").hasMessageContaining("“xml”");
    }

    @Test
    void uploadedUnitsTakeTheFeatureIdWhenNoIdPropertyIsNamed() {
        JsonNode withIds = MAPPER.readTree("{\"type\": \"FeatureCollection\", \"features\": ["
                + feature("\"id\": \"甲-1\",", 116.770, 39.750, 3) + "," + feature("\"id\": 12,", 116.772, 39.751, 2) + ","
                + feature("", 116.790, 39.770, 1) + "]}");
        UnitValues values = UploadedUnits.read(withIds, "count", null, GaussKrugerProjection.beijing(), 10);
        assertThat(values.units()).extracting(AnalysisUnit::id).containsExactly("甲-1", "12", "2");
        // A named idProperty still wins over the feature id.
        UnitValues byCode = UploadedUnits.read(withIds, "count", "code", GaussKrugerProjection.beijing(), 10);
        assertThat(byCode.units()).extracting(AnalysisUnit::id).containsExactly("c116.77", "c116.772", "c116.79");

        JsonNode twice = MAPPER.readTree("{\"type\": \"FeatureCollection\", \"features\": ["
                + feature("\"id\": 5,", 116.770, 39.750, 3) + "," + feature("\"id\": \"5\",", 116.772, 39.751, 2) + "]}");
        assertThatThrownBy(() -> UploadedUnits.read(twice, "count", null, GaussKrugerProjection.beijing(), 10))
                .isInstanceOf(ImportException.class).hasMessageContaining("第 2 个要素").hasMessageContaining("'5'");
    }

    private static String feature(String id, double lon, double lat, double count) {
        return "{\"type\": \"Feature\", " + id + " \"geometry\": {\"type\": \"Point\", \"coordinates\": [" + lon + ", " + lat
                + "]}, \"properties\": {\"code\": \"c" + lon + "\", \"count\": " + count + "}}";
    }
}
