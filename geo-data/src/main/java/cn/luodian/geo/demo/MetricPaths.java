package cn.luodian.geo.demo;

import cn.luodian.geo.crs.GaussKrugerProjection;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/** Hand-drawn lines: WGS-84 lon/lat control points in, EPSG:4548 metres out. */
final class MetricPaths {
    private static final int SMOOTHING_ROUNDS = 3;
    private static final double BOUNDARY_SIMPLIFY_METRES = 25;

    private final GaussKrugerProjection projection;
    private final GeometryFactory factory;

    MetricPaths(GaussKrugerProjection projection, GeometryFactory factory) {
        this.projection = projection;
        this.factory = factory;
    }

    GeometryFactory factory() {
        return factory;
    }

    Coordinate point(double lon, double lat) {
        return projection.toMetric(lon, lat);
    }

    /** A polyline through the control points (lon, lat, lon, lat …), corners rounded off. */
    LineString smoothLine(double... lonLat) {
        return factory.createLineString(chaikin(metric(lonLat), SMOOTHING_ROUNDS));
    }

    /** A polyline through the control points with sharp corners, for straight streets. */
    LineString straightLine(double... lonLat) {
        return factory.createLineString(metric(lonLat));
    }

    /**
     * The shorter way along the boundary of {@code area}, {@code insetMetres} inside it, between
     * the points nearest to two lon/lat positions: for rivers and ditches that follow a border.
     */
    LineString alongBoundary(Polygon area, double insetMetres, double fromLon, double fromLat, double toLon, double toLat) {
        Geometry inner = area.buffer(-insetMetres);
        Polygon largest = (Polygon) inner.getGeometryN(0);
        for (int i = 1; i < inner.getNumGeometries(); i++) {
            if (inner.getGeometryN(i).getArea() > largest.getArea()) {
                largest = (Polygon) inner.getGeometryN(i);
            }
        }
        LineString ring = largest.getExteriorRing();
        LengthIndexedLine indexed = new LengthIndexedLine(ring);
        double from = indexed.project(point(fromLon, fromLat));
        double to = indexed.project(point(toLon, toLat));
        double length = ring.getLength();
        double forward = to >= from ? to - from : length - from + to;
        Geometry path = forward <= length / 2 ? extractWrapping(indexed, from, to, length)
                : extractWrapping(indexed, to, from, length).reverse();
        return (LineString) DouglasPeuckerSimplifier.simplify(path, BOUNDARY_SIMPLIFY_METRES);
    }

    private LineString extractWrapping(LengthIndexedLine ring, double from, double to, double length) {
        if (from <= to) {
            return (LineString) ring.extractLine(from, to);
        }
        List<Coordinate> coordinates = new ArrayList<>(List.of(ring.extractLine(from, length).getCoordinates()));
        Coordinate[] rest = ring.extractLine(0, to).getCoordinates();
        for (int i = 1; i < rest.length; i++) {
            coordinates.add(rest[i]);
        }
        return factory.createLineString(coordinates.toArray(Coordinate[]::new));
    }

    private Coordinate[] metric(double[] lonLat) {
        if (lonLat.length < 4 || lonLat.length % 2 != 0) {
            throw new IllegalArgumentException("线至少需要两个点的经度、纬度");
        }
        Coordinate[] coordinates = new Coordinate[lonLat.length / 2];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = point(lonLat[2 * i], lonLat[2 * i + 1]);
        }
        return coordinates;
    }

    /** Chaikin corner cutting, keeping both end points where they are. */
    private static Coordinate[] chaikin(Coordinate[] points, int rounds) {
        Coordinate[] current = points;
        for (int round = 0; round < rounds && current.length > 2; round++) {
            List<Coordinate> next = new ArrayList<>();
            next.add(current[0]);
            for (int i = 0; i + 1 < current.length; i++) {
                Coordinate a = current[i];
                Coordinate b = current[i + 1];
                next.add(new Coordinate(0.75 * a.x + 0.25 * b.x, 0.75 * a.y + 0.25 * b.y));
                next.add(new Coordinate(0.25 * a.x + 0.75 * b.x, 0.25 * a.y + 0.75 * b.y));
            }
            next.add(current[current.length - 1]);
            current = next.toArray(Coordinate[]::new);
        }
        return current;
    }
}
