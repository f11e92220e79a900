package cn.luodian.geo.io;

import cn.luodian.geo.layer.ReferenceFeature;
import java.io.OutputStream;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams an RFC 7946 FeatureCollection. Coordinates are written with 7 decimals (about 1 cm),
 * which is more than any reference layer is accurate to and keeps responses small.
 */
public final class GeoJsonFeatureWriter implements AutoCloseable {
    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final double SCALE = 1e7;

    private final JsonGenerator json;
    private final Map<String, Object> foreignMembers;

    /** Starts the collection; {@code foreignMembers} are written after the features (e.g. truncated). */
    public GeoJsonFeatureWriter(OutputStream out, Map<String, Object> foreignMembers) {
        this.json = MAPPER.createGenerator(out);
        this.foreignMembers = foreignMembers;
        json.writeStartObject();
        json.writeStringProperty("type", "FeatureCollection");
        json.writeArrayPropertyStart("features");
    }

    public void write(ReferenceFeature feature) {
        writeFeature(json, feature.geometry(), feature.properties());
    }

    /** Writes one Feature object with the given geometry and properties to {@code json}. */
    public static void writeFeature(JsonGenerator json, Geometry geometry, Map<String, Object> properties) {
        json.writeStartObject();
        json.writeStringProperty("type", "Feature");
        json.writeName("geometry");
        writeGeometry(json, geometry);
        json.writeName("properties");
        json.writePOJO(properties);
        json.writeEndObject();
    }

    @Override
    public void close() {
        json.writeEndArray();
        for (Map.Entry<String, Object> member : foreignMembers.entrySet()) {
            json.writeName(member.getKey());
            json.writePOJO(member.getValue());
        }
        json.writeEndObject();
        json.close();
    }

    public static void writeGeometry(JsonGenerator json, Geometry geometry) {
        json.writeStartObject();
        String type = geometry.getGeometryType();
        json.writeStringProperty("type", type);
        if (type.equals(Geometry.TYPENAME_GEOMETRYCOLLECTION)) {
            json.writeArrayPropertyStart("geometries");
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                writeGeometry(json, geometry.getGeometryN(i));
            }
            json.writeEndArray();
        } else {
            json.writeName("coordinates");
            writeCoordinates(json, geometry);
        }
        json.writeEndObject();
    }

    private static void writeCoordinates(JsonGenerator json, Geometry geometry) {
        if (geometry instanceof Point point) {
            writePosition(json, point.getCoordinate());
        } else if (geometry instanceof LineString line) {
            writePositions(json, line.getCoordinates());
        } else if (geometry instanceof Polygon polygon) {
            json.writeStartArray();
            if (!polygon.isEmpty()) {
                writePositions(json, polygon.getExteriorRing().getCoordinates());
                for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                    writePositions(json, polygon.getInteriorRingN(i).getCoordinates());
                }
            }
            json.writeEndArray();
        } else {
            json.writeStartArray();
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                writeCoordinates(json, geometry.getGeometryN(i));
            }
            json.writeEndArray();
        }
    }

    private static void writePositions(JsonGenerator json, Coordinate[] coordinates) {
        json.writeStartArray();
        for (Coordinate c : coordinates) {
            writePosition(json, c);
        }
        json.writeEndArray();
    }

    private static void writePosition(JsonGenerator json, Coordinate c) {
        json.writeStartArray();
        json.writeNumber(Math.round(c.x * SCALE) / SCALE);
        json.writeNumber(Math.round(c.y * SCALE) / SCALE);
        json.writeEndArray();
    }
}
