package cn.luodian.geo.io;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;

/**
 * RFC 7946 geometry objects to JTS. Only the structure is checked here (arrays, numbers, ring
 * closure); coordinate ranges depend on the datum and are checked by {@link LayerFeatureParser}.
 */
final class GeoJsonGeometryParser {
    private final GeometryFactory factory;

    GeoJsonGeometryParser(GeometryFactory factory) {
        this.factory = factory;
    }

    /** Throws {@link IllegalArgumentException} with a reason a person can act on. */
    Geometry parse(JsonNode geometry) {
        if (geometry == null || geometry.isNull()) {
            throw new IllegalArgumentException("要素没有几何图形");
        }
        if (!geometry.isObject()) {
            throw new IllegalArgumentException("几何图形应为对象");
        }
        String type = geometry.path("type").asString("");
        if (type.equals("GeometryCollection")) {
            JsonNode members = geometry.path("geometries");
            requireArray(members, "geometries");
            List<Geometry> parts = new ArrayList<>();
            for (JsonNode member : members) {
                parts.add(parse(member));
            }
            return factory.createGeometryCollection(parts.toArray(Geometry[]::new));
        }
        JsonNode coordinates = geometry.path("coordinates");
        requireArray(coordinates, "coordinates");
        return switch (type) {
            case "Point" -> factory.createPoint(position(coordinates));
            case "MultiPoint" -> factory.createMultiPoint(points(coordinates));
            case "LineString" -> lineString(coordinates);
            case "MultiLineString" -> factory.createMultiLineString(lineStrings(coordinates));
            case "Polygon" -> polygon(coordinates);
            case "MultiPolygon" -> factory.createMultiPolygon(polygons(coordinates));
            case "" -> throw new IllegalArgumentException("几何图形缺少类型");
            default -> throw new IllegalArgumentException("未知的几何类型 '" + type + "'");
        };
    }

    private Point[] points(JsonNode array) {
        Point[] points = new Point[array.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = factory.createPoint(position(array.get(i)));
        }
        return points;
    }

    private LineString lineString(JsonNode array) {
        Coordinate[] coordinates = positions(array);
        if (coordinates.length < 2) {
            throw new IllegalArgumentException("线至少需要 2 个坐标点，实为 " + coordinates.length);
        }
        return factory.createLineString(coordinates);
    }

    private LineString[] lineStrings(JsonNode array) {
        LineString[] lines = new LineString[array.size()];
        for (int i = 0; i < lines.length; i++) {
            requireArray(array.get(i), "line coordinates");
            lines[i] = lineString(array.get(i));
        }
        return lines;
    }

    private Polygon polygon(JsonNode rings) {
        if (rings.isEmpty()) {
            return factory.createPolygon();
        }
        LinearRing shell = ring(rings.get(0));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = ring(rings.get(i));
        }
        return factory.createPolygon(shell, holes);
    }

    private Polygon[] polygons(JsonNode array) {
        Polygon[] polygons = new Polygon[array.size()];
        for (int i = 0; i < polygons.length; i++) {
            requireArray(array.get(i), "polygon coordinates");
            polygons[i] = polygon(array.get(i));
        }
        return polygons;
    }

    private LinearRing ring(JsonNode array) {
        requireArray(array, "ring coordinates");
        Coordinate[] coordinates = positions(array);
        if (coordinates.length < 4) {
            throw new IllegalArgumentException("多边形的环至少需要 4 个坐标点，实为 " + coordinates.length);
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw new IllegalArgumentException("多边形的环必须首尾闭合");
        }
        return factory.createLinearRing(coordinates);
    }

    private Coordinate[] positions(JsonNode array) {
        Coordinate[] coordinates = new Coordinate[array.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = position(array.get(i));
        }
        return coordinates;
    }

    private static Coordinate position(JsonNode position) {
        if (position == null || !position.isArray() || position.size() < 2
                || !position.get(0).isNumber() || !position.get(1).isNumber()) {
            throw new IllegalArgumentException("坐标点应为两个数字组成的数组 [经度, 纬度]，实为 " + position);
        }
        return new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
    }

    private static void requireArray(JsonNode node, String what) {
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException(what + " 应为数组");
        }
    }
}
