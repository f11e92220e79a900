package cn.luodian.api.search;

import cn.luodian.api.cases.CityCase;
import cn.luodian.geo.io.GeoJsonFeatureWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** The JSON of one search result. Coordinates are WGS-84; the page shifts them into its display datum. */
final class SearchJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** About 5 m: an outline on the map, not a survey. */
    private static final double SIMPLIFY_DEGREES = 0.00005;
    /** An outline with more points than this is left out; the page fits and marks the extent instead. */
    private static final int MAX_SHAPE_POINTS = 2_000;

    private SearchJson() {
    }

    static Map<String, Object> caseItem(CityCase c, String categoryName) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", "case");
        json.put("kindLabel", "案件");
        json.put("id", c.id());
        json.put("name", c.number());
        json.put("parent", categoryName + " · " + c.state().label());
        json.put("label", c.number() + " · " + categoryName);
        json.put("state", c.state().id());
        json.put("stateLabel", c.state().label());
        String description = c.description();
        json.put("description", description.length() > 60 ? description.substring(0, 60) + "…" : description);
        json.put("text", c.locationText());
        json.put("point", Map.of("lon", c.lon(), "lat", c.lat()));
        json.put("bbox", List.of(c.lon(), c.lat(), c.lon(), c.lat()));
        return json;
    }

    static Map<String, Object> place(PlaceEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", entry.kind().id());
        json.put("kindLabel", entry.kind().label());
        json.put("name", entry.name());
        json.put("code", entry.code());
        json.put("parent", entry.parent());
        json.put("label", entry.label());
        json.put("point", Map.of("lon", round(entry.lon()), "lat", round(entry.lat())));
        Envelope b = entry.bbox();
        json.put("bbox", List.of(round(b.getMinX()), round(b.getMinY()), round(b.getMaxX()), round(b.getMaxY())));
        json.put("shape", shape(entry.parts()));
        return json;
    }

    /** The outline as a GeoJSON geometry (parsed back so it nests as JSON), or null when none or too large. */
    private static Object shape(List<Geometry> parts) {
        if (parts.isEmpty()) {
            return null;
        }
        Geometry[] simplified = parts.stream().map(p -> DouglasPeuckerSimplifier.simplify(p, SIMPLIFY_DEGREES)).toArray(Geometry[]::new);
        Geometry all = parts.get(0).getFactory().createGeometryCollection(simplified);
        if (all.getNumPoints() > MAX_SHAPE_POINTS) {
            return null;
        }
        StringWriter text = new StringWriter();
        try (JsonGenerator json = MAPPER.createGenerator(text)) {
            GeoJsonFeatureWriter.writeGeometry(json, simplified.length == 1 ? simplified[0] : all);
        }
        return MAPPER.readValue(text.toString(), Map.class);
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
