package cn.luodian.geo.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Places seed points evenly but irregularly inside an area ("best candidate" sampling): of a few
 * random candidates, each new seed is the one farthest from the seeds placed so far and from the
 * area's edge. Even spacing gives Voronoi parts of similar size with no slivers; the irregularity
 * makes them look like villages rather than a honeycomb. The random generator is seeded, so the
 * same input gives the same seeds.
 */
final class SeedSampler {
    private static final int CANDIDATES = 24;
    private static final int MAX_ATTEMPTS = 10_000;

    private final Polygon area;
    private final IndexedFacetDistance edgeDistance;
    private final Random random;
    private final List<Coordinate> placed = new ArrayList<>();

    SeedSampler(Polygon area, long randomSeed) {
        this.area = area;
        this.edgeDistance = new IndexedFacetDistance(area.getBoundary());
        this.random = new Random(randomSeed);
    }

    /** Counts a seed placed by hand, so that sampled ones keep away from it. */
    void addFixed(Coordinate seed) {
        placed.add(seed);
    }

    /** A new seed inside {@code region} (a part of the area). */
    Coordinate next(Geometry region) {
        PreparedGeometry inside = PreparedGeometryFactory.prepare(region);
        Envelope envelope = region.getEnvelopeInternal();
        Coordinate best = null;
        double bestScore = -1;
        int found = 0;
        for (int attempt = 0; attempt < MAX_ATTEMPTS && found < CANDIDATES; attempt++) {
            Coordinate candidate = new Coordinate(
                    envelope.getMinX() + random.nextDouble() * envelope.getWidth(),
                    envelope.getMinY() + random.nextDouble() * envelope.getHeight());
            if (!inside.contains(area.getFactory().createPoint(candidate))) {
                continue;
            }
            found++;
            double score = score(candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no room for a seed in a region of " + Math.round(region.getArea()) + " m²");
        }
        placed.add(best);
        return best;
    }

    /** Distance to the nearest seed; the edge counts at half weight, as a seed's part reaches halfway. */
    private double score(Coordinate candidate) {
        double score = 2 * edgeDistance.distance(area.getFactory().createPoint(candidate));
        for (Coordinate seed : placed) {
            score = Math.min(score, seed.distance(candidate));
        }
        return score;
    }
}
