package cn.luodian.api.hotspots;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link HotspotTable} in the form the workspace map and table read ({@code ?format=compact}):
 * the statistics as rows of a column list, and each row's shape as integer rings, so that 27,397
 * grid cells are a few MB that parse in tens of milliseconds instead of 10 MB of GeoJSON features.
 *
 * <pre>
 * {"parameters": {…}, "summary": {…},
 *  "columns": ["unitId", "name", "value", "z", …], "rows": [["110112…", "…", 3.0, 2.41, …], …],
 *  "shapes": {"scale": 1000000, "origin": [lon0, lat0], "parts": [[[x, y, dx, dy, …], …], …]}}
 * </pre>
 *
 * <p>Only plain values (numbers, strings, booleans, null) are columns, numbers to 6 significant
 * digits; lists such as an emerging unit's counts per step, and {@code label} (the bin or pattern
 * in words, which the client has), stay in the GeoJSON and CSV forms. {@code parts[i]} belongs to
 * {@code rows[i]}: the rings of its polygons (outer and holes alike, to be filled even-odd), or a
 * single vertex for a point; rows a map leaves uncoloured ({@link #coloured}) have none. A ring is flat integers: the first vertex in millionths of a degree
 * from {@code origin} (WGS-84 lon, lat), each further vertex as the difference from the previous
 * one; a millionth of a degree is about 0.1 m here, far below a pixel at any zoom the map offers.
 */
final class HotspotCompactJson {
    static final double SCALE = 1e6;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private HotspotCompactJson() {
    }

    static byte[] write(HotspotTable table) {
        List<String> columns = columns(table);
        double[] origin = origin(table);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            json.writeStartObject();
            json.writeName("parameters");
            json.writePOJO(table.parameters());
            json.writeName("summary");
            json.writePOJO(table.summary());
            json.writeArrayPropertyStart("columns");
            for (String column : columns) {
                json.writeString(column);
            }
            json.writeEndArray();
            json.writeArrayPropertyStart("rows");
            for (HotspotTable.Row row : table.rows()) {
                json.writeStartArray();
                for (String column : columns) {
                    Object value = row.properties().get(column);
                    if (value instanceof Double number) {
                        json.writeNumber(significant(number));
                    } else {
                        json.writePOJO(value);
                    }
                }
                json.writeEndArray();
            }
            json.writeEndArray();
            json.writeObjectPropertyStart("shapes");
            json.writeNumberProperty("scale", (long) SCALE);
            json.writeArrayPropertyStart("origin");
            json.writeNumber(origin[0]);
            json.writeNumber(origin[1]);
            json.writeEndArray();
            json.writeArrayPropertyStart("parts");
            for (HotspotTable.Row row : table.rows()) {
                writeParts(json, coloured(row) ? row.geometry() : null, origin);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }
        return out.toByteArray();
    }

    /**
     * A double to 6 significant digits: what a table or a colour can use of a z-score or a p-value,
     * in half the characters of the full 17.
     */
    static double significant(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value;
        }
        double scale = Math.pow(10, 5 - Math.floor(Math.log10(Math.abs(value))));
        double rounded = Math.round(value * scale) / scale;
        return Double.isFinite(rounded) ? rounded : value;
    }

    /** The plain properties in the order the rows first name them, less {@code label} (the client words the codes). */
    static List<String> columns(HotspotTable table) {
        Set<String> columns = new LinkedHashSet<>();
        for (HotspotTable.Row row : table.rows()) {
            for (Map.Entry<String, Object> property : row.properties().entrySet()) {
                if (!(property.getValue() instanceof Collection<?>) && !(property.getValue() instanceof Map<?, ?>)
                        && !property.getKey().equals("label")) {
                    columns.add(property.getKey());
                }
            }
        }
        return new ArrayList<>(columns);
    }

    /**
     * Whether a map colours the row: not a Gi* cell outside every confidence bin ({@code bin} 0) nor
     * an emerging unit without a pattern. The others keep no shape in the answer (empty parts): on
     * Gi* over the 27,397 grid cells that leaves about a thousand shapes instead of all of them.
     */
    static boolean coloured(HotspotTable.Row row) {
        Object bin = row.properties().get("bin");
        if (bin instanceof Number number && number.intValue() == 0) {
            return false;
        }
        return !"no_pattern".equals(row.properties().get("pattern"));
    }

    /** The south-west corner of all shapes, whole degrees (so small positive offsets follow). */
    private static double[] origin(HotspotTable table) {
        double lon = Double.POSITIVE_INFINITY;
        double lat = Double.POSITIVE_INFINITY;
        for (HotspotTable.Row row : table.rows()) {
            if (row.geometry() != null && !row.geometry().isEmpty()) {
                lon = Math.min(lon, row.geometry().getEnvelopeInternal().getMinX());
                lat = Math.min(lat, row.geometry().getEnvelopeInternal().getMinY());
            }
        }
        return Double.isFinite(lon) ? new double[] {Math.floor(lon), Math.floor(lat)} : new double[] {0, 0};
    }

    private static void writeParts(JsonGenerator json, Geometry geometry, double[] origin) {
        json.writeStartArray();
        if (geometry != null && !geometry.isEmpty()) {
            for (int g = 0; g < geometry.getNumGeometries(); g++) {
                Geometry part = geometry.getGeometryN(g);
                if (part instanceof Polygon polygon) {
                    writeRing(json, polygon.getExteriorRing().getCoordinates(), origin);
                    for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                        writeRing(json, polygon.getInteriorRingN(h).getCoordinates(), origin);
                    }
                } else if (part instanceof Point || part instanceof LineString) {
                    // A point unit is drawn as a dot; a line (rare as a unit) as a dot at its centre.
                    writeRing(json, new Coordinate[] {part.getCentroid().getCoordinate()}, origin);
                }
            }
        }
        json.writeEndArray();
    }

    private static void writeRing(JsonGenerator json, Coordinate[] ring, double[] origin) {
        json.writeStartArray();
        long x = 0;
        long y = 0;
        for (Coordinate c : ring) {
            long qx = Math.round((c.x - origin[0]) * SCALE);
            long qy = Math.round((c.y - origin[1]) * SCALE);
            json.writeNumber(qx - x);
            json.writeNumber(qy - y);
            x = qx;
            y = qy;
        }
        json.writeEndArray();
    }
}
