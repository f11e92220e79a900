package cn.luodian.geo.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.index.strtree.ItemBoundable;
import org.locationtech.jts.index.strtree.ItemDistance;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Nearest feature to a point, over line and area features in metric coordinates. Lines are split
 * into segments in an STRtree so that a query touches only nearby geometry; the distance to an area
 * is to its edge, or zero inside it. Equal distances are broken by the order given at build time,
 * so the answer for a point on a boundary or midway between two features is always the same.
 */
public final class NearestFeatureIndex<T> {
    private static final double TIE_TOLERANCE_METRES = 1e-9;

    private final List<T> features;
    private final STRtree segments = new STRtree();
    /** Ranks of the area features, for "inside a water area is distance 0". */
    private final AreaIndex<Integer> areas;

    private record Segment(int rank, double x0, double y0, double x1, double y1) {
        double distanceSquared(double x, double y) {
            double dx = x1 - x0;
            double dy = y1 - y0;
            double lengthSquared = dx * dx + dy * dy;
            double t = lengthSquared == 0 ? 0 : ((x - x0) * dx + (y - y0) * dy) / lengthSquared;
            t = Math.max(0, Math.min(1, t));
            double px = x0 + t * dx - x;
            double py = y0 + t * dy - y;
            return px * px + py * py;
        }

        Coordinate closestPoint(double x, double y) {
            double dx = x1 - x0;
            double dy = y1 - y0;
            double lengthSquared = dx * dx + dy * dy;
            double t = lengthSquared == 0 ? 0 : ((x - x0) * dx + (y - y0) * dy) / lengthSquared;
            t = Math.max(0, Math.min(1, t));
            return new Coordinate(x0 + t * dx, y0 + t * dy);
        }
    }

    private record Probe(double x, double y) {
    }

    private static final ItemDistance SEGMENT_TO_PROBE = (ItemBoundable a, ItemBoundable b) -> {
        Object itemA = a.getItem();
        Object itemB = b.getItem();
        Segment segment = (Segment) (itemA instanceof Segment ? itemA : itemB);
        Probe probe = (Probe) (itemA instanceof Probe ? itemA : itemB);
        return Math.sqrt(segment.distanceSquared(probe.x, probe.y));
    };

    /**
     * @param features        in tie-break order (first wins on equal distance)
     * @param metricGeometry  each feature's geometry in the metric projection
     */
    public NearestFeatureIndex(List<T> features, Function<T, Geometry> metricGeometry) {
        this.features = List.copyOf(features);
        List<Integer> areaRanks = new ArrayList<>();
        List<Geometry> geometries = new ArrayList<>(this.features.size());
        for (int rank = 0; rank < this.features.size(); rank++) {
            Geometry geometry = metricGeometry.apply(this.features.get(rank));
            geometries.add(geometry);
            addSegments(rank, geometry);
            if (geometry instanceof Polygonal) {
                areaRanks.add(rank);
            }
        }
        segments.build();
        areas = new AreaIndex<>(areaRanks, geometries::get);
    }

    /** Builds with features sorted by {@code tieOrder} first. */
    public static <T> NearestFeatureIndex<T> sorted(List<T> features, Function<T, Geometry> metricGeometry,
                                                    Comparator<T> tieOrder) {
        return new NearestFeatureIndex<>(features.stream().sorted(tieOrder).toList(), metricGeometry);
    }

    private void addSegments(int rank, Geometry geometry) {
        for (Object component : LinearComponentExtracter.getLines(geometry)) {
            Coordinate[] c = ((LineString) component).getCoordinates();
            if (c.length == 1) {
                segments.insert(new Envelope(c[0]), new Segment(rank, c[0].x, c[0].y, c[0].x, c[0].y));
            }
            for (int i = 1; i < c.length; i++) {
                Segment segment = new Segment(rank, c[i - 1].x, c[i - 1].y, c[i].x, c[i].y);
                segments.insert(new Envelope(c[i - 1], c[i]), segment);
            }
        }
    }

    public int size() {
        return features.size();
    }

    /** The nearest feature within {@code maxDistanceMetres} of (x, y), metric coordinates. */
    public Optional<Snap<T>> nearest(double x, double y, double maxDistanceMetres) {
        Envelope point = new Envelope(x, x, y, y);
        Optional<Snap<T>> inside = containing(x, y);
        if (inside.isPresent()) {
            return inside;
        }
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        Segment nearest = (Segment) segments.nearestNeighbour(point, new Probe(x, y), SEGMENT_TO_PROBE);
        double distance = Math.sqrt(nearest.distanceSquared(x, y));
        if (distance > maxDistanceMetres) {
            return Optional.empty();
        }
        // Another feature may be exactly as near: take the first in tie-break order.
        Envelope tieBox = new Envelope(point);
        tieBox.expandBy(distance + TIE_TOLERANCE_METRES);
        for (Object item : segments.query(tieBox)) {
            Segment candidate = (Segment) item;
            if (candidate.rank < nearest.rank
                    && Math.sqrt(candidate.distanceSquared(x, y)) <= distance + TIE_TOLERANCE_METRES) {
                nearest = candidate;
            }
        }
        return Optional.of(new Snap<>(features.get(nearest.rank), Math.sqrt(nearest.distanceSquared(x, y)),
                nearest.closestPoint(x, y)));
    }

    private Optional<Snap<T>> containing(double x, double y) {
        return areas.find(x, y).map(rank -> new Snap<>(features.get(rank), 0.0, new Coordinate(x, y)));
    }
}
