package cn.luodian.geo.io;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection (or a single Feature) feature by feature, streaming the
 * {@code features} array so that a large file is never held as one tree.
 */
public final class GeoJsonFeatureReader {
    public static final GeometryFactory WGS84_FACTORY = new GeometryFactory(new PrecisionModel(), 4326);
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private GeoJsonFeatureReader() {
    }

    /** Every feature of the document, in order; the first structural error aborts with its index. */
    public static List<RawFeature> readAll(InputStream in, String source) {
        return readAll(in, source, (error, index) -> {
            throw error;
        });
    }

    /**
     * Every feature of the document that can be read, in order; a feature that cannot be (not a
     * Feature, a broken geometry, properties not an object) goes to {@code featureErrors} with its
     * 0-based index and is left out, so that an all-or-nothing import can name every bad feature at once. A document that is
     * not a FeatureCollection, or not JSON, still aborts the reading.
     */
    public static List<RawFeature> readAll(InputStream in, String source, ObjIntConsumer<ImportException> featureErrors) {
        GeoJsonGeometryParser geometries = new GeoJsonGeometryParser(WGS84_FACTORY);
        List<RawFeature> features = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw ImportException.ofFile(source, "不是 GeoJSON：应为 FeatureCollection 对象", null);
            }
            String type = null;
            boolean sawFeatures = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("type")) {
                    type = value == JsonToken.VALUE_STRING ? parser.getString() : null;
                } else if (name.equals("features") && value == JsonToken.START_ARRAY) {
                    sawFeatures = true;
                    int index = 0;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        JsonNode feature = parser.readValueAsTree();
                        try {
                            features.add(toRawFeature(feature, index, geometries, source));
                        } catch (ImportException e) {
                            featureErrors.accept(e, index);
                        }
                        index++;
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if ("Feature".equals(type)) {
                throw ImportException.ofFile(source, "只给了单个 Feature：请放入 FeatureCollection 中", null);
            }
            if (!"FeatureCollection".equals(type)) {
                throw ImportException.ofFile(source, "不是 GeoJSON FeatureCollection（type 为 " + type + "）", null);
            }
            if (!sawFeatures) {
                throw ImportException.ofFile(source, "FeatureCollection 缺少 features 数组", null);
            }
            return Collections.unmodifiableList(features);
        } catch (JacksonException e) {
            throw ImportException.ofFile(source, "不是有效的 JSON：第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列有语法错误", e);
        }
    }

    private static RawFeature toRawFeature(JsonNode feature, int index, GeoJsonGeometryParser geometries, String source) {
        if (!feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
            throw ImportException.atFeature(source, index, "不是 GeoJSON Feature 对象");
        }
        Geometry geometry;
        try {
            geometry = geometries.parse(feature.get("geometry"));
        } catch (IllegalArgumentException e) {
            throw ImportException.atFeature(source, index, e.getMessage());
        }
        JsonNode propertiesNode = feature.path("properties");
        Map<String, Object> properties = new LinkedHashMap<>();
        if (propertiesNode.isObject()) {
            for (Map.Entry<String, JsonNode> entry : propertiesNode.properties()) {
                properties.put(entry.getKey(), scalar(entry.getValue()));
            }
        } else if (!propertiesNode.isNull() && !propertiesNode.isMissingNode()) {
            throw ImportException.atFeature(source, index, "properties 应为对象或 null");
        }
        return new RawFeature(index, geometry, Collections.unmodifiableMap(properties));
    }

    /** Strings stay strings, numbers become Double, booleans Boolean; nested values keep their JSON text. */
    private static Object scalar(JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return value.asString();
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        return value.toString();
    }
}
