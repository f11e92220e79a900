package cn.luodian.api.hotspots;

import com.uber.h3core.AreaUnit;
import com.uber.h3core.H3Core;
import com.uber.h3core.PolygonToCellsFlags;
import com.uber.h3core.util.LatLng;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/** The few H3 operations hotspots need, over the native library that the h3 jar carries (loaded once). */
final class H3Cells {
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private static volatile H3Core core;

    private H3Cells() {
    }

    private static H3Core core() {
        H3Core h3 = core;
        if (h3 == null) {
            synchronized (H3Cells.class) {
                if (core == null) {
                    try {
                        core = H3Core.newInstance();
                    } catch (IOException e) {
                        throw new UncheckedIOException("the H3 native library could not be loaded", e);
                    }
                }
                h3 = core;
            }
        }
        return h3;
    }

    static long cellOf(double lon, double lat, int resolution) {
        return core().latLngToCell(lat, lon, resolution);
    }

    static String address(long cell) {
        return core().h3ToString(cell);
    }

    static long parse(String address) {
        return core().stringToH3(address);
    }

    /** The average area of one hexagon at this resolution, in square metres. */
    static double averageAreaSquareMetres(int resolution) {
        return core().getHexagonAreaAvg(resolution, AreaUnit.m2);
    }

    /** The cells whose centre lies in the (multi)polygon, so that neighbouring areas share no cell. */
    static void cellsCentredIn(Geometry lonLat, int resolution, Collection<Long> into) {
        for (int i = 0; i < lonLat.getNumGeometries(); i++) {
            if (lonLat.getGeometryN(i) instanceof Polygon polygon && !polygon.isEmpty()) {
                List<List<LatLng>> holes = new ArrayList<>();
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    holes.add(ring(polygon.getInteriorRingN(h)));
                }
                into.addAll(core().polygonToCellsExperimental(ring(polygon.getExteriorRing()), holes, resolution,
                        PolygonToCellsFlags.containment_center));
            }
        }
    }

    /** The hexagon (or pentagon) of a cell as a WGS-84 polygon. */
    static Polygon polygon(long cell) {
        List<LatLng> boundary = core().cellToBoundary(cell);
        Coordinate[] ring = new Coordinate[boundary.size() + 1];
        for (int i = 0; i < boundary.size(); i++) {
            ring[i] = new Coordinate(boundary.get(i).lng, boundary.get(i).lat);
        }
        ring[boundary.size()] = ring[0];
        return WGS84.createPolygon(ring);
    }

    /** The cell's centre as {lon, lat}. */
    static double[] centre(long cell) {
        LatLng centre = core().cellToLatLng(cell);
        return new double[] {centre.lng, centre.lat};
    }

    private static List<LatLng> ring(LinearRing ring) {
        Coordinate[] coordinates = ring.getCoordinates();
        List<LatLng> points = new ArrayList<>(coordinates.length - 1);
        // H3 takes open loops: the closing position is left out.
        for (int i = 0; i < coordinates.length - 1; i++) {
            points.add(new LatLng(coordinates[i].y, coordinates[i].x));
        }
        return points;
    }
}
