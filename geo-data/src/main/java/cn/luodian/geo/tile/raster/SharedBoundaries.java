package cn.luodian.geo.tile.raster;

import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * The boundary lines of each admin level, each shared edge once. Two neighbouring villages share
 * their common edge; drawn once per polygon, a dashed line would be drawn twice out of phase and
 * look smudged. An edge that is also a higher level's boundary is left to that level, so a
 * township line is not overdrawn by the thinner village line under it.
 *
 * <p>Edges count as shared when their end vertices are equal: the demo's levels share every
 * vertex; imported data that does not is drawn twice at worst, never lost.
 */
final class SharedBoundaries {

    private SharedBoundaries() {
    }

    /** Merged boundary lines per level, in Mercator metres (areas already projected). */
    static Map<AdminLevel, List<LineString>> of(Collection<AdminArea> areasMetres, GeometryFactory factory) {
        Set<Segment> taken = new HashSet<>();
        Map<AdminLevel, List<LineString>> byLevel = new EnumMap<>(AdminLevel.class);
        for (AdminLevel level : AdminLevel.values()) {
            Map<Segment, LineString> edges = new LinkedHashMap<>();
            for (AdminArea area : areasMetres) {
                if (area.level() == level) {
                    addEdges(area.geometry(), taken, edges, factory);
                }
            }
            taken.addAll(edges.keySet());
            LineMerger merger = new LineMerger();
            edges.values().forEach(merger::add);
            @SuppressWarnings("unchecked")
            Collection<LineString> merged = merger.getMergedLineStrings();
            byLevel.put(level, new ArrayList<>(merged));
        }
        return byLevel;
    }

    private static void addEdges(Geometry area, Set<Segment> taken, Map<Segment, LineString> edges, GeometryFactory factory) {
        Geometry boundary = area.getBoundary();
        for (LineString ring : MercatorShapes.lines(boundary)) {
            Coordinate[] c = ring.getCoordinates();
            for (int i = 0; i < c.length - 1; i++) {
                if (c[i].equals2D(c[i + 1])) {
                    continue;
                }
                Segment key = Segment.of(c[i], c[i + 1]);
                if (!taken.contains(key)) {
                    edges.putIfAbsent(key, factory.createLineString(new Coordinate[] {c[i].copy(), c[i + 1].copy()}));
                }
            }
        }
    }

    /** An undirected segment: the same key whichever way round its polygon walks it. */
    private record Segment(double x1, double y1, double x2, double y2) {
        static Segment of(Coordinate a, Coordinate b) {
            boolean aFirst = a.x < b.x || (a.x == b.x && a.y < b.y);
            return aFirst ? new Segment(a.x, a.y, b.x, b.y) : new Segment(b.x, b.y, a.x, a.y);
        }
    }
}
