package cn.luodian.geo.io;

import cn.luodian.geo.crs.ChinaOffsets;
import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.Landmark;
import cn.luodian.geo.layer.LandmarkType;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.ReferenceFeature;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.RoadClass;
import cn.luodian.geo.layer.Waterway;
import cn.luodian.geo.layer.WaterwayClass;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Checks a {@link RawFeature} against a layer's import schema (see README, "Import schema") and
 * turns it into that layer's record in WGS-84. Every failure names the feature index and the reason.
 */
public final class LayerFeatureParser {
    private static final Set<String> AREAL = Set.of("Polygon", "MultiPolygon");
    private static final Set<String> LINEAR = Set.of("LineString", "MultiLineString");

    private final Layer layer;
    private final Datum datum;
    private final String source;

    public LayerFeatureParser(Layer layer, Datum datum, String source) {
        this.layer = layer;
        this.datum = datum;
        this.source = source;
    }

    public ReferenceFeature parse(RawFeature raw) {
        try {
            checkCoordinateRange(raw.geometry(), datum);
            Geometry geometry = GeometryRepair.repair(datum.toWgs84(raw.geometry()));
            Map<String, Object> p = raw.properties();
            return switch (layer) {
                case ADMIN -> admin(p, requireType(geometry, AREAL));
                case GRID -> grid(p, requireType(geometry, Set.of("Polygon")));
                case ROADS -> new Road(optionalString(p, "name"), RoadClass.parse(requiredString(p, "class")),
                        optionalString(p, "ref"), requireType(geometry, LINEAR));
                case WATERWAYS -> new Waterway(optionalString(p, "name"), WaterwayClass.parse(requiredString(p, "class")),
                        requireType(geometry, Set.of("LineString", "MultiLineString", "Polygon", "MultiPolygon")));
                case LANDMARKS -> new Landmark(requiredString(p, "name"), LandmarkType.parse(requiredString(p, "type")),
                        requireType(geometry, Set.of("Point", "Polygon", "MultiPolygon")));
            };
        } catch (IllegalArgumentException e) {
            throw ImportException.atFeature(source, raw.index(), e.getMessage());
        }
    }

    private static AdminArea admin(Map<String, Object> p, Geometry geometry) {
        String code = requiredString(p, "code");
        AdminLevel levelOfCode = AdminLevel.ofCode(code);
        AdminLevel level = AdminLevel.parse(requiredString(p, "level"));
        if (level != levelOfCode) {
            throw new IllegalArgumentException("级别 '" + level.id() + "' 与代码 " + code + " 不符（" + code.length() + " 位代码的级别是 " + levelOfCode.id() + "）");
        }
        String parentCode = optionalString(p, "parentCode");
        String expectedParent = switch (level) {
            case DISTRICT -> null;
            case TOWNSHIP -> code.substring(0, 6);
            case VILLAGE -> code.substring(0, 9);
        };
        if (parentCode.isEmpty()) {
            parentCode = expectedParent;
        } else if (expectedParent != null && !parentCode.equals(expectedParent)) {
            throw new IllegalArgumentException("上级代码 parentCode " + parentCode + " 不是代码 " + code + " 的上级（应为 " + expectedParent + "）");
        }
        return new AdminArea(code, requiredString(p, "name"), level, parentCode, geometry);
    }

    private static GridCell grid(Map<String, Object> p, Geometry geometry) {
        String code = requiredString(p, "code");
        if (code.length() != 15 || !code.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("单元网格代码 '" + code + "' 不是 15 位数字");
        }
        String villageCode = optionalString(p, "villageCode");
        if (!villageCode.isEmpty() && (villageCode.length() != 12 || !villageCode.chars().allMatch(Character::isDigit))) {
            throw new IllegalArgumentException("村/社区代码 villageCode '" + villageCode + "' 不是 12 位数字");
        }
        return new GridCell(code, villageCode.isEmpty() ? null : villageCode, geometry);
    }

    /**
     * Refuses coordinates that cannot be lon/lat in {@code datum}: out of range (swapped, or projected
     * metres), or outside China for the offset datums, which are not defined there.
     */
    public static void checkCoordinateRange(Geometry geometry, Datum datum) {
        for (Coordinate c : geometry.getCoordinates()) {
            if (!Double.isFinite(c.x) || !Double.isFinite(c.y) || c.x < -180 || c.x > 180 || c.y < -90 || c.y > 90) {
                throw new IllegalArgumentException("坐标 (" + c.x + ", " + c.y + ") 超出 " + datum.parameterName() + " 经纬度的范围（是否经纬度颠倒，或是投影坐标？）");
            }
            if ((datum == Datum.GCJ02 || datum == Datum.BD09) && ChinaOffsets.isOutsideChina(c.x, c.y)) {
                throw new IllegalArgumentException("坐标 (" + c.x + ", " + c.y + ") 在中国境外，" + datum.parameterName() + " 在境外没有定义");
            }
        }
    }

    private Geometry requireType(Geometry geometry, Set<String> allowed) {
        if (!allowed.contains(geometry.getGeometryType())) {
            throw new IllegalArgumentException("图层 " + layer.id() + " 只接受 " + String.join("/", sorted(allowed)) + " 几何类型，实为 " + geometry.getGeometryType());
        }
        return geometry;
    }

    private static String requiredString(Map<String, Object> p, String key) {
        Object value = p.get(key);
        if (value == null) {
            throw new IllegalArgumentException("缺少必填属性 '" + key + "'");
        }
        if (!(value instanceof String s)) {
            throw new IllegalArgumentException("属性 '" + key + "' 应为字符串，实为 " + value);
        }
        if (s.isBlank()) {
            throw new IllegalArgumentException("必填属性 '" + key + "' 为空");
        }
        return s.strip();
    }

    private static String optionalString(Map<String, Object> p, String key) {
        Object value = p.get(key);
        if (value == null) {
            return "";
        }
        if (!(value instanceof String s)) {
            throw new IllegalArgumentException("属性 '" + key + "' 应为字符串，实为 " + value);
        }
        return s.strip();
    }

    private static java.util.List<String> sorted(Set<String> set) {
        return set.stream().sorted().toList();
    }
}
