package cn.luodian.api.components;

import cn.luodian.api.categories.Taxonomy;
import cn.luodian.api.describe.Coordinates;
import cn.luodian.api.layers.BoundingBoxes;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.NotFoundException;
import cn.luodian.api.system.TextFields;
import cn.luodian.geo.component.Component;
import cn.luodian.geo.component.ComponentStatuses;
import cn.luodian.geo.io.GeoJsonFeatureWriter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** Reading the stored components (部件): a bounded search, and one component with its history. GeoJSON, WGS-84. */
@RestController
@Tag(name = "components", description = "部件：城市部件的查询与变更历史")
public class ComponentsController {
    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Pattern CODE = Pattern.compile("[0-9]{16}");
    private static final Pattern CATEGORY = Pattern.compile("B[0-9]{4}");
    /** A search may name a 小类 (B0101) or a whole 大类 (B01). */
    private static final Pattern CATEGORY_OR_MAJOR = Pattern.compile("B[0-9]{2}([0-9]{2})?");
    private static final Pattern CELL = Pattern.compile("[0-9]{15}");

    private final Components components;
    private final Taxonomy taxonomy;

    public ComponentsController(Components components, Taxonomy taxonomy) {
        this.components = components;
        this.taxonomy = taxonomy;
    }

    @Operation(summary = "查询部件（按标识码前缀、小类、权属单位、状态、范围、单元网格；分页，按标识码或最近变更排序）")
    @GetMapping("/api/v1/components")
    public ResponseEntity<byte[]> search(
            @Parameter(description = "部件标识码前缀（1 到 16 位数字）") @RequestParam(required = false) String code,
            @Parameter(description = "小类代码如 B0101，或大类代码如 B01") @RequestParam(required = false) String category,
            @Parameter(description = "权属单位（全称）") @RequestParam(required = false) String owner,
            @Parameter(description = "状态，如 破损") @RequestParam(required = false) String status,
            @Parameter(description = "范围：最小经度,最小纬度,最大经度,最大纬度（WGS-84）") @RequestParam(required = false) String bbox,
            @Parameter(description = "单元网格代码（15 位数字）") @RequestParam(required = false) String cell,
            @Parameter(description = "排序：code（标识码，默认）或 newest（最近变更在前）") @RequestParam(defaultValue = "code") String order,
            @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit) {
        requireMatch("category", category, CATEGORY_OR_MAJOR, "小类代码应为 B 加 4 位数字，如 B0101；大类代码为 B 加 2 位数字，如 B01");
        requireMatch("cell", cell, CELL, "单元网格代码应为 15 位数字");
        TextFields.line("owner", owner, Component.MAX_UNIT_CHARS);
        TextFields.line("status", status, ComponentStatuses.MAX_STATUS_CHARS);
        ComponentQuery query;
        try {
            query = new ComponentQuery(blankToNull(code), blankToNull(category), blankToNull(owner), blankToNull(status),
                    bbox == null ? null : BoundingBoxes.parse(bbox), blankToNull(cell), order(order), offset, limit);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        List<StoredComponent> page = components.search(query);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (JsonGenerator json = MAPPER.createGenerator(body)) {
            json.writeStartObject();
            json.writeStringProperty("type", "FeatureCollection");
            json.writeArrayPropertyStart("features");
            page.forEach(c -> GeoJsonFeatureWriter.writeFeature(json, c.component().geometry(), properties(c)));
            json.writeEndArray();
            json.writeNumberProperty("offset", offset);
            json.writeNumberProperty("limit", limit);
            // A full page says there may be more: the client asks for the next offset.
            json.writeBooleanProperty("more", page.size() == limit);
            json.writeEndObject();
        }
        return ResponseEntity.ok().contentType(GEO_JSON).body(body.toByteArray());
    }

    @Operation(summary = "上报位置附近可关联的部件：该小类在关联半径内的部件，由近及远（距离按 EPSG:4548 米计）")
    @GetMapping("/api/v1/components/near")
    public ResponseEntity<byte[]> near(
            @Parameter(description = "小类代码，如 B0101") @RequestParam String category,
            @Parameter(description = "经度") @RequestParam double lon,
            @Parameter(description = "纬度") @RequestParam double lat,
            @Parameter(description = "坐标系：wgs84（默认）、cgcs2000、gcj02 或 bd09") @RequestParam(required = false) String crs) {
        requireMatch("category", category, CATEGORY, "小类代码应为 B 加 4 位数字，如 B0101");
        TextFields.line("crs", crs, 40);
        Coordinate point = Coordinates.toWgs84(lon, lat, Coordinates.datum(crs));
        List<ComponentAtDistance> found;
        try {
            found = components.near(category, point.x, point.y);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (JsonGenerator json = MAPPER.createGenerator(body)) {
            json.writeStartObject();
            json.writeStringProperty("type", "FeatureCollection");
            json.writeArrayPropertyStart("features");
            for (ComponentAtDistance near : found) {
                Map<String, Object> properties = properties(near.component());
                properties.put("distanceMetres", Math.round(near.distanceMetres() * 10) / 10.0);
                GeoJsonFeatureWriter.writeFeature(json, near.component().component().geometry(), properties);
            }
            json.writeEndArray();
            json.writeNumberProperty("radiusMetres", components.settings().linkRadiusMetres());
            json.writeEndObject();
        }
        return ResponseEntity.ok().contentType(GEO_JSON).body(body.toByteArray());
    }

    @Operation(summary = "一个部件及其变更历史（新增、状态、位置、属性、删除）")
    @GetMapping("/api/v1/components/{code}")
    public ResponseEntity<byte[]> one(@PathVariable String code) {
        requireMatch("code", code, CODE, "部件标识码应为 16 位数字");
        StoredComponent stored = components.find(code)
                .orElseThrow(() -> new NotFoundException("没有标识码为 " + code + " 的部件"));
        Map<String, Object> properties = properties(stored);
        List<Map<String, Object>> history = new ArrayList<>();
        for (ComponentChange change : components.history(code)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("kind", change.kind().id());
            row.put("kindName", change.kind().label());
            row.put("changedAt", change.changedAt().toString());
            row.put("changedBy", change.changedBy());
            row.put("oldStatus", change.oldStatus());
            row.put("newStatus", change.newStatus());
            row.put("oldWkt", change.oldGeometry() == null ? null : change.oldGeometry().toText());
            row.put("newWkt", change.newGeometry() == null ? null : change.newGeometry().toText());
            row.put("note", change.note());
            history.add(row);
        }
        properties.put("history", history);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (JsonGenerator json = MAPPER.createGenerator(body)) {
            GeoJsonFeatureWriter.writeFeature(json, stored.component().geometry(), properties);
        }
        return ResponseEntity.ok().contentType(GEO_JSON).body(body.toByteArray());
    }

    private Map<String, Object> properties(StoredComponent stored) {
        Component c = stored.component();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("code", stored.code());
        p.put("category", c.category());
        p.put("categoryName", taxonomy.find(c.category()).map(cat -> cat.name()).orElse(c.category()));
        p.put("name", c.name());
        p.put("status", c.status());
        p.put("ownerUnit", c.ownerUnit());
        p.put("maintainerUnit", c.maintainerUnit());
        p.put("gridCellCode", stored.gridCellCode());
        p.put("townshipCode", stored.townshipCode());
        p.put("surveyedOn", c.surveyedOn() == null ? null : c.surveyedOn().toString());
        p.put("source", c.source());
        p.put("notes", c.notes());
        p.put("updatedAt", stored.updatedAt().toString());
        p.put("version", stored.version());
        return p;
    }

    private static ComponentQuery.Order order(String order) {
        return switch (order.toLowerCase(Locale.ROOT)) {
            case "code" -> ComponentQuery.Order.CODE;
            case "newest" -> ComponentQuery.Order.NEWEST;
            default -> throw new BadRequestException("排序应为 code 或 newest，实为 '" + TextFields.line("order", order, 20) + "'");
        };
    }

    private static void requireMatch(String field, String value, Pattern pattern, String message) {
        if (value != null && !value.isEmpty() && !pattern.matcher(value).matches()) {
            throw new BadRequestException(message);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
