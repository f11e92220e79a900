package cn.luodian.geo.patrol;

import cn.luodian.geo.crs.GaussKrugerProjection;
import cn.luodian.geo.layer.GridCell;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Which unit grid cells a track passed: every cell whose area comes within {@code bufferMetres} of
 * the track's path (a cell the worker walked through, or along its edge on the road beside it),
 * measured in the Gauss-Krüger projection (EPSG:4548 for Beijing), never in degrees.
 *
 * <p>Immutable and safe to share: build one per set of cells (the api keeps one per reference
 * snapshot) and ask it for any number of tracks. The path is the straight segments between
 * consecutive points; each segment asks an R-tree for the cells whose envelope comes within the
 * buffer, so a track of n points costs about n small queries whatever the number of cells.
 */
public final class TrackCoverage {
    public static final double DEFAULT_BUFFER_METRES = 30.0;
    public static final double MAX_BUFFER_METRES = 500.0;

    private record Cell(String code, Geometry metric) {
    }

    private final GaussKrugerProjection projection;
    private final STRtree tree = new STRtree();
    private final GeometryFactory geometries = new GeometryFactory();
    private final int size;

    private TrackCoverage(List<GridCell> cells, GaussKrugerProjection projection, Function<GridCell, Geometry> metric) {
        this.projection = projection;
        for (GridCell cell : cells) {
            Geometry g = metric.apply(cell);
            tree.insert(g.getEnvelopeInternal(), new Cell(cell.code(), g));
        }
        this.size = cells.size();
        tree.build();
    }

    /** Cells in WGS-84 lon/lat, projected here. */
    public static TrackCoverage of(List<GridCell> cells, GaussKrugerProjection projection) {
        return new TrackCoverage(cells, projection, c -> projection.toMetric(c.geometry()));
    }

    /** Cells whose metric geometry (in {@code projection}) is already at hand, as a reference index holds it. */
    public static TrackCoverage of(List<GridCell> cells, GaussKrugerProjection projection,
                                   Function<GridCell, Geometry> metricGeometry) {
        return new TrackCoverage(cells, projection, metricGeometry);
    }

    public int cellCount() {
        return size;
    }

    public GaussKrugerProjection projection() {
        return projection;
    }

    /** The track's length in metres in this projection. */
    public double lengthMetres(Track track) {
        Coordinate[] m = metric(track);
        double length = 0;
        for (int i = 1; i < m.length; i++) {
            length += m[i - 1].distance(m[i]);
        }
        return length;
    }

    /** The cells within {@code bufferMetres} of the track (distance ≤ buffer counts) and its length. */
    public Coverage cover(Track track, double bufferMetres) {
        if (!(bufferMetres >= 0 && bufferMetres <= MAX_BUFFER_METRES)) {
            throw new IllegalArgumentException("缓冲距离应在 0 到 " + MAX_BUFFER_METRES + " 米之间，实为 " + bufferMetres);
        }
        Coordinate[] m = metric(track);
        List<TrackPoint> points = track.points();
        Map<String, Instant> first = new HashMap<>();
        double length = 0;
        for (int i = 0; i < m.length; i++) {
            // Each point once alone (a one-point track still covers), then each segment to the next point.
            int j = Math.min(i + 1, m.length - 1);
            if (i > 0 && j == i) {
                break;
            }
            length += m[i].distance(m[j]);
            Geometry segment = j == i ? geometries.createPoint(m[i]) : geometries.createLineString(new Coordinate[] {m[i], m[j]});
            Envelope search = new Envelope(m[i], m[j]);
            search.expandBy(bufferMetres);
            for (Object item : tree.query(search)) {
                Cell cell = (Cell) item;
                if (!first.containsKey(cell.code) && cell.metric.isWithinDistance(segment, bufferMetres)) {
                    first.put(cell.code, firstWithin(cell.metric, bufferMetres, m[i], m[j], points.get(i), points.get(j)));
                }
            }
        }
        List<CellPass> passes = new ArrayList<>();
        first.forEach((code, at) -> passes.add(new CellPass(code, at)));
        passes.sort(Comparator.comparing(CellPass::firstPassedAt).thenComparing(CellPass::cellCode));
        return new Coverage(length, bufferMetres, passes);
    }

    /**
     * When the worker first came within the buffer of the cell on this segment: the segment's start
     * if it already was, else the point where the distance first drops to the buffer, found by
     * bisection between the start and the segment's point nearest the cell (to well below a
     * centimetre), its time interpolated between the segment's two times.
     */
    private Instant firstWithin(Geometry cell, double bufferMetres, Coordinate a, Coordinate b, TrackPoint from, TrackPoint to) {
        if (from == to || from.time().equals(to.time()) || cell.isWithinDistance(geometries.createPoint(a), bufferMetres)) {
            return from.time();
        }
        LineSegment segment = new LineSegment(a, b);
        Coordinate nearest = DistanceOp.nearestPoints(geometries.createLineString(new Coordinate[] {a, b}), cell)[0];
        double outside = 0;
        double inside = segment.segmentFraction(nearest);
        for (int step = 0; step < 40 && (inside - outside) * segment.getLength() > 1e-3; step++) {
            double middle = (outside + inside) / 2;
            if (cell.isWithinDistance(geometries.createPoint(segment.pointAlong(middle)), bufferMetres)) {
                inside = middle;
            } else {
                outside = middle;
            }
        }
        // In seconds as a double: a hostile file's times may lie centuries apart (no overflow), and
        // a millisecond is finer than any phone's fix.
        Duration between = Duration.between(from.time(), to.time());
        double seconds = between.getSeconds() + between.getNano() / 1e9;
        return from.time().plusMillis(Math.round(seconds * inside * 1000));
    }

    private Coordinate[] metric(Track track) {
        Coordinate[] m = new Coordinate[track.size()];
        for (int i = 0; i < m.length; i++) {
            TrackPoint p = track.points().get(i);
            m[i] = projection.toMetric(p.lon(), p.lat());
        }
        return m;
    }
}
